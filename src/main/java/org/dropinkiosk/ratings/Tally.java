package org.dropinkiosk.ratings;

/**
 * The answers to one question over a date range.
 *
 * @param helped how many of the answers were given with someone's help
 */
public record Tally(String setId, String setTitle, String questionId, String questionText,
                    int good, int bad, int notSure, int skipped, int helped) {

    public int total() {
        return good + bad + notSure + skipped;
    }

    /** The share of answers given with help, 0 to 1. */
    public double helpedShare() {
        return total() == 0 ? 0 : (double) helped / total();
    }
}
