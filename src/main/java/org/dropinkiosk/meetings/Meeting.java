package org.dropinkiosk.meetings;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A meeting, or the first date of a repeating series.
 *
 * @param id         database id, or 0 when not saved yet
 * @param uid        the iCalendar UID, kept so that an .ics imported twice is not added twice
 * @param start      wall-clock start in the venue's time zone
 * @param end        wall-clock end in the venue's time zone, after the start
 * @param repeatRule an iCalendar RRULE such as {@code FREQ=MONTHLY;BYDAY=2WE}, or empty for one date
 */
public record Meeting(
        long id,
        String uid,
        String title,
        MeetingKind kind,
        LocalDateTime start,
        LocalDateTime end,
        String place,
        String notes,
        String repeatRule) {

    public Meeting {
        uid = uid == null ? "" : uid;
        title = title == null ? "" : title.strip();
        kind = kind == null ? MeetingKind.OTHER : kind;
        place = place == null ? "" : place.strip();
        notes = notes == null ? "" : notes.strip();
        repeatRule = repeatRule == null ? "" : repeatRule.strip();
    }

    public boolean repeats() {
        return !repeatRule.isEmpty();
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, uid, title, kind, start, end, place, notes, repeatRule);
    }

    public Meeting withUid(String newUid) {
        return new Meeting(id, newUid, title, kind, start, end, place, notes, repeatRule);
    }
}
