package org.dropinkiosk.meetings;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The soonest dates of all meetings, expanded once and kept, so What's on does not expand every series
 * for each visitor. One list of at most {@link #KEPT} dates; it is made again when meetings change (here or
 * in the database), when the day changes, when too few of its dates are still to come, and after 10 minutes.
 */
final class UpcomingDates {

    /** Dates kept: more than What's on shows, so a few can end before the list is made again. */
    static final int KEPT = 24;
    /** The longest a list is kept: a safety net, since changes here forget it at once and the fingerprint sees others. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Kept(Object fingerprint, ZonedDateTime madeAt, List<Occurrence> dates, boolean complete) {}

    private volatile Kept kept;
    private volatile long expansions;

    /** Forgets the list: called after a change is committed. */
    void forget() {
        kept = null;
    }

    /** How many times the dates were expanded (for tests and the benchmark). */
    long expansions() {
        return expansions;
    }

    /**
     * The first {@code max} dates that have not ended by {@code now}. {@code fingerprint} is a cheap summary of
     * the meeting tables; {@code expand} gives the first {@link #KEPT} dates not ended by now, earliest first.
     */
    List<Occurrence> first(int max, ZonedDateTime now, Object fingerprint, Supplier<List<Occurrence>> expand) {
        Kept k = kept;
        if (k != null
                && max <= KEPT
                && k.fingerprint().equals(fingerprint)
                && !now.isBefore(k.madeAt())
                && now.toLocalDate().equals(k.madeAt().toLocalDate())
                && now.isBefore(k.madeAt().plus(MAX_AGE))) {
            List<Occurrence> left =
                    k.dates().stream().filter(o -> o.end().isAfter(now)).toList();
            // Later dates start after every kept one, so the kept ones still to come are the first, while enough are
            // left.
            if (left.size() >= max || k.complete()) {
                return left.stream().limit(max).toList();
            }
        }
        List<Occurrence> dates = expand.get();
        expansions++;
        kept = new Kept(fingerprint, now, dates, dates.size() < KEPT);
        return dates.stream().limit(max).toList();
    }
}
