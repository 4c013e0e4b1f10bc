package org.dropinkiosk.meetings;

import java.time.Duration;

/** What a meeting must be before it is saved; each problem is a message key with a plain sentence. */
final class MeetingRules {

    static final int MAX_TITLE = 120;
    static final int MAX_PLACE = 120;
    static final int MAX_NOTES = 1000;
    static final int MAX_UID = 255;

    private MeetingRules() {}

    /** The first problem as a refusal with its plain sentence, or null when the meeting can be saved. */
    static MeetingRefused problem(Meeting m) {
        String key = problemKey(m);
        if (key != null) {
            return new MeetingRefused(key);
        }
        return m.repeats()
                ? Recurrence.limit(m.repeatRule(), m.start())
                        .map(limit -> refusal(m, limit))
                        .orElse(null)
                : null;
    }

    private static MeetingRefused refusal(Meeting m, Recurrence.Limit limit) {
        return switch (limit) {
            case TOO_LONG ->
                new MeetingRefused(
                        "meetings.refused.long-rule", m.title(), m.repeatRule().length(), Recurrence.MAX_RULE_LENGTH);
            case UNUSABLE -> new MeetingRefused("meetings.refused.rule");
            case TOO_OFTEN_A_DAY ->
                new MeetingRefused("meetings.refused.too-often-a-day", m.title(), shortRule(m), Recurrence.MAX_A_DAY);
            case TOO_OFTEN_A_YEAR ->
                new MeetingRefused("meetings.refused.too-often-a-year", m.title(), shortRule(m), Recurrence.MAX_A_YEAR);
        };
    }

    /** The rule as staff see it in a sentence: a long one is cut, the sentence must stay readable. */
    private static String shortRule(Meeting m) {
        return m.repeatRule().length() > 80 ? m.repeatRule().substring(0, 80) + "..." : m.repeatRule();
    }

    private static String problemKey(Meeting m) {
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
        if (m.uid().length() > MAX_UID) {
            return "meetings.refused.long-uid";
        }
        return null;
    }

    static void check(Meeting m) {
        MeetingRefused problem = problem(m);
        if (problem != null) {
            throw problem;
        }
    }
}
