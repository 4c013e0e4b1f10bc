package org.dropinkiosk.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an .ics file holds, read but not saved yet: the meetings it would add (with their changed or
 * removed dates) and each event that was skipped, with the reason in plain words.
 */
public record IcsImport(List<Entry> entries, List<Skipped> skipped) {

    /** A meeting from the file and the dates of its series that were removed or changed. */
    public record Entry(Meeting meeting, Map<LocalDate, DateChange> changes) {}

    /** An event that was not added: its title (or "no title") and a plain reason (a message key and its values). */
    public record Skipped(String title, String reason, List<Object> args) {

        public Skipped(String title, String reason) {
            this(title, reason, List.of());
        }

        static Skipped of(String title, MeetingRefused refused) {
            return new Skipped(title, refused.key(), List.of(refused.args()));
        }
    }
}
