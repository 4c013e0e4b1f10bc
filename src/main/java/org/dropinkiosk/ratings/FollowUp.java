package org.dropinkiosk.ratings;

/**
 * One picture choice offered after GOOD or BAD, such as "Words we did not understand".
 *
 * @param id      short stable id, stored with the answer when picked
 * @param text    the choice as shown and read aloud
 * @param picture a symbol name or {@code pictures/<file>}
 */
public record FollowUp(String id, String text, String picture) {
}
