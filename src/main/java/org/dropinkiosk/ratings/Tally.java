package org.dropinkiosk.ratings;

import java.util.List;

/**
 * The answers to one question over a date range.
 *
 * @param helped    how many of the answers were given with someone's help
 * @param followUps how often each follow-up choice was picked, in the order of questions.yml (choices no longer there last)
 */
public record Tally(
        String setId,
        String setTitle,
        String questionId,
        String questionText,
        int good,
        int bad,
        int notSure,
        int skipped,
        int helped,
        List<Picked> followUps) {

    /** One follow-up choice and how many answers picked it. */
    public record Picked(String id, String text, int count) {}

    public Tally {
        followUps = List.copyOf(followUps);
    }

    public int total() {
        return good + bad + notSure + skipped;
    }

    /** The share of answers given with help, 0 to 1. */
    public double helpedShare() {
        return total() == 0 ? 0 : (double) helped / total();
    }
}
