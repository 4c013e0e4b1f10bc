package org.dropinkiosk.meetings;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One date on which a meeting happens, in the venue's time zone.
 *
 * @param meeting      the meeting or series it belongs to
 * @param originalDate the date the series gave it (the key for changing or removing just this date)
 * @param changed      true when staff changed just this date
 */
public record Occurrence(
        Meeting meeting,
        LocalDate originalDate,
        ZonedDateTime start,
        ZonedDateTime end,
        String place,
        boolean changed) {

    public String title() {
        return meeting.title();
    }

    public MeetingKind kind() {
        return meeting.kind();
    }
}
