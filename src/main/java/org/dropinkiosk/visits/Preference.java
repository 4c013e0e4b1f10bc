package org.dropinkiosk.visits;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

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
    READ_ALOUD("read_aloud", "readEveryScreen", Kind.BOOLEAN, Kind.YES_NO);

    /** How a value is stored: the browser and the screens use its text form. */
    public enum Kind {
        BOOLEAN, TEXT;

        static final Set<String> YES_NO = Set.of("true", "false");

        Object toColumn(String value) {
            return this == BOOLEAN ? Boolean.valueOf(value) : value;
        }
    }

    private final String column;
    private final String browserName;
    private final Kind kind;
    private final Set<String> allowed;

    Preference(String column, String browserName, Kind kind, Set<String> allowed) {
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
        return value != null && allowed.contains(value);
    }

    /** The preference the browser names, if there is one. */
    public static Optional<Preference> byBrowserName(String name) {
        return Arrays.stream(values()).filter(p -> p.browserName.equals(name)).findFirst();
    }
}
