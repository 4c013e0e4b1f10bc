package org.dropinkiosk.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One date of a series taken out, or changed.
 *
 * @param originalDate the date the series would have had
 * @param cancelled    true when the meeting does not happen on that date
 * @param start        the new start (when changed), wall clock in the venue's zone
 * @param end          the new end (when changed)
 * @param place        the new place, or empty for the series' place
 */
public record DateChange(
        LocalDate originalDate, boolean cancelled, LocalDateTime start, LocalDateTime end, String place) {

    public static DateChange cancelled(LocalDate date) {
        return new DateChange(date, true, null, null, "");
    }

    public DateChange {
        place = place == null ? "" : place.strip();
    }
}
