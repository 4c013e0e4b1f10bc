package org.dropinkiosk.ratings;

/**
 * One question of a set.
 *
 * @param id      short stable id, stored with each answer
 * @param text    the question as shown and read aloud
 * @param picture a symbol name or {@code pictures/<file>}
 * @param notSure whether "Not sure" is offered
 */
public record Question(String id, String text, String picture, boolean notSure) {
}
