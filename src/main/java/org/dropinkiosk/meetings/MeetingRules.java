package org.dropinkiosk.meetings;

import java.time.Duration;

/** What a meeting must be before it is saved; each problem is a message key with a plain sentence. */
final class MeetingRules {

    static final int MAX_TITLE = 120;
    static final int MAX_PLACE = 120;
    static final int MAX_NOTES = 1000;

    private MeetingRules() {
    }

    /** The message key of the first problem, or null when the meeting can be saved. */
    static String problem(Meeting m) {
        if (m.title().isEmpty()) {
            return "meetings.refused.no-title";
        }
        if (m.title().length() > MAX_TITLE) {
            return "meetings.refused.long-title";
        }
        if (m.start() == null || m.end() == null) {
            return "meetings.refused.no-time";
        }
        if (!m.end().isAfter(m.start())) {
            return "meetings.refused.end-before-start";
        }
        if (m.repeats() && m.length().compareTo(Duration.ofHours(24)) > 0) {
            return "meetings.refused.too-long";
        }
        if (m.place().length() > MAX_PLACE) {
            return "meetings.refused.long-place";
        }
        if (m.notes().length() > MAX_NOTES) {
            return "meetings.refused.long-notes";
        }
        if (m.repeats() && Recurrence.parse(m.repeatRule()).isEmpty()) {
            return "meetings.refused.rule";
        }
        return null;
    }

    static void check(Meeting m) {
        String problem = problem(m);
        if (problem != null) {
            throw new MeetingRefused(problem);
        }
    }
}
