package org.dropinkiosk.ratings;

import java.util.List;

/**
 * One question of a set.
 *
 * @param id      short stable id, stored with each answer
 * @param text    the question as shown and read aloud
 * @param picture a symbol name or {@code pictures/<file>}
 * @param notSure whether "Not sure" is offered
 * @param ifBad   the choices offered after BAD (none: the next question comes straight away)
 * @param ifGood  the choices offered after GOOD
 */
public record Question(
        String id, String text, String picture, boolean notSure, List<FollowUp> ifBad, List<FollowUp> ifGood) {

    /** The most choices a follow-up screen shows, so each stays a big target. */
    public static final int MOST_FOLLOW_UPS = 6;

    public Question {
        ifBad = List.copyOf(ifBad);
        ifGood = List.copyOf(ifGood);
    }

    public Question(String id, String text, String picture, boolean notSure) {
        this(id, text, picture, notSure, List.of(), List.of());
    }

    /** The follow-up choices for this answer; empty when none are asked. */
    public List<FollowUp> followUps(Answer answer) {
        return switch (answer) {
            case BAD -> ifBad;
            case GOOD -> ifGood;
            case NOT_SURE, SKIPPED -> List.of();
        };
    }
}
