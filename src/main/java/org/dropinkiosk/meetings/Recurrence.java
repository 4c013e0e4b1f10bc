package org.dropinkiosk.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Turns a meeting (and its series rule) into the dates it happens. The rule is expanded in wall-clock
 * time and only then placed in the venue's zone, so "12:30" stays 12:30 on both sides of a clock change.
 */
public final class Recurrence {

    private static final Set<Frequency> ALLOWED = Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);

    private Recurrence() {
    }

    /** The occurrences that have not ended by {@code from} and start before {@code to}, earliest first. */
    public static List<Occurrence> between(Meeting meeting, Map<LocalDate, DateChange> changes, ZonedDateTime from,
            ZonedDateTime to, ZoneId zone) {
        List<Occurrence> all = new ArrayList<>();
        if (!meeting.repeats()) {
            all.add(new Occurrence(meeting, meeting.start().toLocalDate(), meeting.start().atZone(zone),
                    meeting.end().atZone(zone), meeting.place(), false));
        } else {
            Recur<LocalDateTime> recur = parse(meeting.repeatRule()).orElseThrow();
            // Widen the window: a changed date may have moved in from outside it.
            LocalDateTime windowStart = from.withZoneSameInstant(zone).toLocalDateTime().minus(meeting.length()).minusDays(62);
            LocalDateTime windowEnd = to.withZoneSameInstant(zone).toLocalDateTime().plusDays(62);
            for (LocalDateTime start : recur.getDates(meeting.start(), windowStart, windowEnd)) {
                if (start.isBefore(meeting.start())) {
                    continue;
                }
                DateChange change = changes.get(start.toLocalDate());
                if (change == null) {
                    all.add(new Occurrence(meeting, start.toLocalDate(), start.atZone(zone),
                            start.plus(meeting.length()).atZone(zone), meeting.place(), false));
                } else if (!change.cancelled()) {
                    all.add(new Occurrence(meeting, start.toLocalDate(), change.start().atZone(zone), change.end().atZone(zone),
                            change.place().isEmpty() ? meeting.place() : change.place(), true));
                }
            }
        }
        return all.stream()
                .filter(o -> o.end().isAfter(from) && o.start().isBefore(to))
                .sorted(Comparator.comparing(Occurrence::start))
                .toList();
    }

    /** Whether {@code date} is one of the series' own dates (before any change). */
    public static boolean isDateOf(Meeting meeting, LocalDate date) {
        if (!meeting.repeats()) {
            return meeting.start().toLocalDate().equals(date);
        }
        return parse(meeting.repeatRule()).map(r -> r.getDates(meeting.start(), date.atStartOfDay(), date.plusDays(1).atStartOfDay())
                .stream().anyMatch(d -> d.toLocalDate().equals(date) && !d.isBefore(meeting.start()))).orElse(false);
    }

    /** The rule, when it is a rule the kiosk can use (daily to yearly; nothing every minute or hour). */
    public static Optional<Recur<LocalDateTime>> parse(String rule) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = rule.strip();
            if (text.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
                text = text.substring("RRULE:".length());
            }
            Recur<LocalDateTime> recur = new Recur<>(text.toUpperCase(Locale.ROOT));
            return ALLOWED.contains(recur.getFrequency()) ? Optional.of(recur) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The plain repeat choices staff pick from, made from the first date. */
    public enum Choice {
        NONE, WEEKLY, FORTNIGHTLY, MONTHLY_NTH, MONTHLY_LAST;

        public String rule(LocalDate first) {
            String day = twoLetters(first.getDayOfWeek());
            return switch (this) {
                case NONE -> "";
                case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
                case FORTNIGHTLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
                case MONTHLY_NTH -> "FREQ=MONTHLY;BYDAY=" + nth(first) + day;
                case MONTHLY_LAST -> "FREQ=MONTHLY;BYDAY=-1" + day;
            };
        }

        /** The choice that writes {@code rule} for {@code first}, if any. */
        public static Optional<Choice> of(String rule, LocalDate first) {
            for (Choice c : values()) {
                if (c.rule(first).equalsIgnoreCase(rule == null ? "" : rule.strip())) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** 1 for the first such weekday of the month, 2 for the second ... 5. */
    public static int nth(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    public static boolean isLastOfMonth(LocalDate date) {
        return date.plusWeeks(1).getMonth() != date.getMonth();
    }

    static String twoLetters(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
