package org.dropinkiosk.speech;

import java.util.Locale;
import java.util.Optional;

/** How fast the kiosk speaks: the venue's rate, or slower for a visitor who asked. */
public enum Pace {
    NORMAL,
    SLOWER;

    /** Words per minute for this pace, from the venue's rate. */
    public int wordsPerMinute(int venueRate) {
        return this == NORMAL ? venueRate : Math.max(80, Math.round(venueRate * 0.75f));
    }

    public static Optional<Pace> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(NORMAL);
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
