package org.dropinkiosk.meetings;

import java.util.Locale;
import java.util.Optional;

/** The kinds of meeting, each with its picture. */
public enum MeetingKind {
    COFFEE_MORNING("coffee"),
    NETWORK_MEETING("group_work"),
    OTHER("calendar");

    private final String symbol;

    MeetingKind(String symbol) {
        this.symbol = symbol;
    }

    /** The picture under {@code symbols/}. */
    public String symbol() {
        return symbol;
    }

    /** The message key of the kind's name, such as {@code meetings.kind.coffee-morning}. */
    public String messageKey() {
        return "meetings.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@code coffee morning}, {@code coffee-morning} or {@code COFFEE_MORNING}. */
    public static Optional<MeetingKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (MeetingKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind a title suggests, for meetings from an .ics file. */
    public static MeetingKind guess(String title) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (t.contains("coffee")) {
            return COFFEE_MORNING;
        }
        return t.contains("network") ? NETWORK_MEETING : OTHER;
    }
}
