package org.dropinkiosk.config;

import java.util.function.Function;

/**
 * The settings of kiosk.yml a volunteer changes on the staff Settings page, and whether each applies at once
 * (decision 1703). The rest of kiosk.yml (venue id, language, folders, the staff hashes) is changed in the file.
 */
public enum VenueSetting {
    VENUE_NAME("venueName", true, KioskSettings::venueName),
    IDLE_TIMEOUT("idleTimeout", true, s -> ConstraintWords.words(s.idleTimeout())),
    SPEECH_RATE("speechRate", true, s -> String.valueOf(s.speechRate())),
    RETENTION_DAYS("retentionDays", true, s -> String.valueOf(s.retentionDays())),
    /** The clock is made once at start-up, with the zone, and handed to every feature. */
    TIME_ZONE("timeZone", false, s -> s.timeZone().getId());

    private final String component;
    private final boolean live;
    private final Function<KioskSettings, String> shown;

    VenueSetting(String component, boolean live, Function<KioskSettings, String> shown) {
        this.component = component;
        this.live = live;
        this.shown = shown;
    }

    /** The name as kiosk.yml writes it, under {@code kiosk:}: {@code idle-timeout}. */
    public String fileName() {
        return RecordTree.kebab(component);
    }

    /** The name of the {@link KioskSettings} part that holds it. */
    String component() {
        return component;
    }

    /** True if a change applies without a restart. */
    public boolean live() {
        return live;
    }

    /** The value as a volunteer reads and types it: {@code 60s}, {@code 140}, {@code Europe/London}. */
    public String shown(KioskSettings settings) {
        return shown.apply(settings);
    }
}
