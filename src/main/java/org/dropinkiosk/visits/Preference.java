package org.dropinkiosk.visits;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One thing a visitor chose about how the kiosk works for them, kept in a column of {@code visitor}.
 * This list is the only place a preference is named: a new one is a column (in its own migration)
 * and a constant here, and signing in, the choices screen and the bar all carry it.
 *
 * @param column      the column of {@code visitor}; never from input
 * @param browserName the name the browser scripts use for it
 */
public enum Preference {
    SLOWER_SPEECH("slower_speech", "slower", Kind.BOOLEAN, Kind.YES_NO),
    READ_ALOUD("read_aloud", "readEveryScreen", Kind.BOOLEAN, Kind.YES_NO),
    /** Switch scanning: off, one-switch or two-switch; not chosen means the venue's (kiosk.access.scanning). */
    SCANNING("scan_mode", "scanning", Kind.TEXT, Set.of("off", "one-switch", "two-switch")),
    /** How long the scan ring stays on each item, in milliseconds, within kiosk.access.scan-interval's range. */
    SCAN_INTERVAL("scan_interval_ms", "scanInterval", Kind.NUMBER, Kind.millisBetween(500, 5000));

    /** How a value is stored: the browser and the screens use its text form. */
    public enum Kind {
        BOOLEAN,
        TEXT,
        NUMBER;

        static final Set<String> YES_NO = Set.of("true", "false");

        Object toColumn(String value) {
            return switch (this) {
                case BOOLEAN -> Boolean.valueOf(value);
                case NUMBER -> Integer.valueOf(value);
                case TEXT -> value;
            };
        }

        // Whole numbers only, written plainly (no sign, no leading zero), so the text form is also the stored form.
        static Predicate<String> millisBetween(int min, int max) {
            return value -> value.matches("[1-9][0-9]{0,4}")
                    && Integer.parseInt(value) >= min
                    && Integer.parseInt(value) <= max;
        }
    }

    private final String column;
    private final String browserName;
    private final Kind kind;
    private final Predicate<String> allowed;

    Preference(String column, String browserName, Kind kind, Set<String> allowed) {
        this(column, browserName, kind, allowed::contains);
    }

    Preference(String column, String browserName, Kind kind, Predicate<String> allowed) {
        this.column = column;
        this.browserName = browserName;
        this.kind = kind;
        this.allowed = allowed;
    }

    public String column() {
        return column;
    }

    public String browserName() {
        return browserName;
    }

    Kind kind() {
        return kind;
    }

    /** Whether a value from the browser is one this preference can take. */
    public boolean allows(String value) {
        return value != null && allowed.test(value);
    }

    /** The preference the browser names, if there is one. */
    public static Optional<Preference> byBrowserName(String name) {
        return Arrays.stream(values()).filter(p -> p.browserName.equals(name)).findFirst();
    }
}
