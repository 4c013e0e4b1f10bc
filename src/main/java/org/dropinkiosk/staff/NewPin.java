package org.dropinkiosk.staff;

/** The rules for a new staff PIN, the same on the command line (SetPin) and in the staff area. */
public enum NewPin {
    FINE,
    NOT_THE_SAME,
    WRONG_LENGTH;

    public static final int SHORTEST = 4;
    public static final int LONGEST = 64;

    /** Whether {@code first}, typed again as {@code second}, may be the new PIN. */
    public static NewPin check(String first, String second) {
        if (first == null || second == null || !first.equals(second)) {
            return NOT_THE_SAME;
        }
        if (first.length() < SHORTEST || first.length() > LONGEST || first.isBlank()) {
            return WRONG_LENGTH;
        }
        return FINE;
    }
}
