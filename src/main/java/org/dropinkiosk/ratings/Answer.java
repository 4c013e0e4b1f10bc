package org.dropinkiosk.ratings;

/** What a visitor said to one question. Stored by name in {@code answer.answer}. */
public enum Answer {
    GOOD,
    BAD,
    NOT_SURE,
    SKIPPED
}
