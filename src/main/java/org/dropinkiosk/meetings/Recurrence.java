package org.dropinkiosk.meetings;

import java.time.DateTimeException;
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

    private static final Set<Frequency> ALLOWED =
            Set.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.YEARLY);
    /** The most dates one series may have on one day (docs/decisions/602-calendar-rule-limits.md). */
    public static final int MAX_A_DAY = 4;
    /** The most dates one series may have in the year from its first date. */
    public static final int MAX_A_YEAR = 750;
    /** The longest rule the database keeps (meeting.repeat_rule is VARCHAR(255)). */
    public static final int MAX_RULE_LENGTH = 255;
    /** A hard stop for one expansion, whatever slipped into the database: the widest window is 2 years and 4 months. */
    static final int MAX_EXPANSION = MAX_A_YEAR * 3;

    private Recurrence() {}

    /** The occurrences that have not ended by {@code from} and start before {@code to}, earliest first. */
    public static List<Occurrence> between(
            Meeting meeting, Map<LocalDate, DateChange> changes, ZonedDateTime from, ZonedDateTime to, ZoneId zone) {
        List<Occurrence> all = new ArrayList<>();
        if (!meeting.repeats()) {
            all.add(new Occurrence(
                    meeting,
                    meeting.start().toLocalDate(),
                    meeting.start().atZone(zone),
                    meeting.end().atZone(zone),
                    meeting.place(),
                    false));
        } else {
            Optional<Recur<LocalDateTime>> usable = parse(meeting.repeatRule());
            if (usable.isEmpty()) {
                // A rule the kiosk would now refuse (saved before the limits): it shows no dates rather than freezing.
                return List.of();
            }
            Recur<LocalDateTime> recur = usable.get();
            // Widen the window: a changed date may have moved in from outside it.
            LocalDateTime windowStart = from.withZoneSameInstant(zone)
                    .toLocalDateTime()
                    .minus(meeting.length())
                    .minusDays(62);
            LocalDateTime windowEnd =
                    to.withZoneSameInstant(zone).toLocalDateTime().plusDays(62);
            for (LocalDateTime start : recur.getDates(meeting.start(), windowStart, windowEnd, MAX_EXPANSION)) {
                if (start.isBefore(meeting.start())) {
                    continue;
                }
                DateChange change = changes.get(start.toLocalDate());
                if (change == null) {
                    all.add(new Occurrence(
                            meeting,
                            start.toLocalDate(),
                            start.atZone(zone),
                            start.plus(meeting.length()).atZone(zone),
                            meeting.place(),
                            false));
                } else if (!change.cancelled()) {
                    all.add(new Occurrence(
                            meeting,
                            start.toLocalDate(),
                            change.start().atZone(zone),
                            change.end().atZone(zone),
                            change.place().isEmpty() ? meeting.place() : change.place(),
                            true));
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
        return parse(meeting.repeatRule())
                .map(
                        r -> r
                                .getDates(
                                        meeting.start(),
                                        date.atStartOfDay(),
                                        date.plusDays(1).atStartOfDay(),
                                        MAX_A_DAY)
                                .stream()
                                .anyMatch(d -> d.toLocalDate().equals(date) && !d.isBefore(meeting.start())))
                .orElse(false);
    }

    /**
     * The rule, when it is a rule the kiosk can use: daily to yearly (nothing every minute or hour), at most
     * {@link #MAX_RULE_LENGTH} letters and at most {@link #MAX_A_DAY} times a day. Checked before anything is expanded.
     */
    public static Optional<Recur<LocalDateTime>> parse(String rule) {
        Optional<Recur<LocalDateTime>> recur = read(rule);
        return recur.filter(r -> rule.strip().length() <= MAX_RULE_LENGTH && timesADay(r) <= MAX_A_DAY);
    }

    /** Why a series' rule cannot be used, or empty when it can; the year is counted from the first date. */
    public static Optional<Limit> limit(String rule, LocalDateTime first) {
        if (rule == null || rule.isBlank()) {
            return Optional.empty();
        }
        if (rule.strip().length() > MAX_RULE_LENGTH) {
            return Optional.of(Limit.TOO_LONG);
        }
        Optional<Recur<LocalDateTime>> recur = read(rule);
        if (recur.isEmpty()) {
            return Optional.of(Limit.UNUSABLE);
        }
        if (timesADay(recur.get()) > MAX_A_DAY) {
            return Optional.of(Limit.TOO_OFTEN_A_DAY);
        }
        // Safe to expand now: at most 4 a day, so at most 1,464 dates even before the count stops it.
        try {
            if (recur.get()
                            .getDates(first, first, first.plusYears(1), MAX_A_YEAR + 1)
                            .size()
                    > MAX_A_YEAR) {
                return Optional.of(Limit.TOO_OFTEN_A_YEAR);
            }
        } catch (DateTimeException | ArithmeticException e) {
            // A first date at the edge of the calendar (year -999999999) cannot be counted from.
            return Optional.of(Limit.UNUSABLE);
        }
        return Optional.empty();
    }

    /** What is wrong with a rule. */
    public enum Limit {
        TOO_LONG,
        UNUSABLE,
        TOO_OFTEN_A_DAY,
        TOO_OFTEN_A_YEAR
    }

    /**
     * The most dates the rule can give on one day: every BYHOUR, BYMINUTE and BYSECOND value multiplies them
     * (daily to yearly rules give at most one day-part per day otherwise). Counted from the rule, not by expanding it.
     */
    static long timesADay(Recur<LocalDateTime> recur) {
        return (long) Math.max(1, recur.getHourList().size())
                * Math.max(1, recur.getMinuteList().size())
                * Math.max(1, recur.getSecondList().size());
    }

    private static Optional<Recur<LocalDateTime>> read(String rule) {
        if (rule == null || rule.isBlank() || rule.length() > 10 * MAX_RULE_LENGTH) {
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
        NONE,
        WEEKLY,
        FORTNIGHTLY,
        MONTHLY_NTH,
        MONTHLY_LAST;

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
