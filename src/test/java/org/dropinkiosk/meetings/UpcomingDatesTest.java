package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What's on's kept dates: used again the same day, made again after a change, a new day, after a while, or when too few are left. */
class UpcomingDatesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, LONDON);
    private final AtomicInteger expanded = new AtomicInteger();
    private final UpcomingDates upcoming = new UpcomingDates();

    /** A one-minute meeting every 2 minutes from 09:01, those not ended by {@code now}. */
    private Supplier<List<Occurrence>> everyTwoMinutes(ZonedDateTime now) {
        return () -> {
            expanded.incrementAndGet();
            Meeting m = new Meeting(
                    1,
                    "u",
                    "Hourly",
                    MeetingKind.OTHER,
                    LocalDateTime.parse("2026-12-03T10:00"),
                    LocalDateTime.parse("2026-12-03T10:30"),
                    "",
                    "",
                    "");
            List<Occurrence> dates = new ArrayList<>();
            for (int i = 0; dates.size() < UpcomingDates.KEPT; i++) {
                ZonedDateTime start = NINE.plusMinutes(1 + 2L * i);
                if (start.plusMinutes(1).isAfter(now)) {
                    dates.add(new Occurrence(m, start.toLocalDate(), start, start.plusMinutes(1), "", false));
                }
            }
            return dates;
        };
    }

    @Test
    void the_same_list_serves_the_day_and_leaves_out_what_has_ended() {
        assertThat(upcoming.first(4, NINE, "v1", everyTwoMinutes(NINE))).hasSize(4);
        ZonedDateTime later = NINE.plusSeconds(90);
        assertThat(upcoming.first(4, later, "v1", everyTwoMinutes(later))).hasSize(4);
        ZonedDateTime afterTwo = NINE.plusMinutes(4);
        List<Occurrence> next = upcoming.first(4, afterTwo, "v1", everyTwoMinutes(afterTwo));
        assertThat(next).hasSize(4);
        assertThat(next.getFirst().start()).isEqualTo(NINE.plusMinutes(5));
        assertThat(expanded).hasValue(1);
    }

    @Test
    void a_change_a_new_day_or_the_longest_wait_make_the_list_again() {
        upcoming.first(4, NINE, "v1", everyTwoMinutes(NINE));
        upcoming.first(4, NINE, "v2", everyTwoMinutes(NINE));
        assertThat(expanded).hasValue(2);
        ZonedDateTime tomorrow = NINE.plusDays(1).withHour(0).withMinute(0);
        upcoming.first(4, tomorrow, "v2", everyTwoMinutes(tomorrow));
        assertThat(expanded).hasValue(3);
        ZonedDateTime minuteLater = tomorrow.plus(UpcomingDates.MAX_AGE); // the longest a list is kept
        upcoming.first(4, minuteLater, "v2", everyTwoMinutes(minuteLater));
        assertThat(expanded).hasValue(4);
        upcoming.forget();
        upcoming.first(4, minuteLater, "v2", everyTwoMinutes(minuteLater));
        assertThat(expanded).hasValue(5);
    }

    @Test
    void when_fewer_kept_dates_are_left_than_asked_the_list_is_made_again() {
        upcoming.first(4, NINE, "v1", everyTwoMinutes(NINE));
        // 24 kept, one every 2 minutes from 09:01: at 09:44 only 09:45 and 09:47 are left.
        ZonedDateTime late = NINE.plusMinutes(44);
        assertThat(upcoming.first(4, late, "v1", everyTwoMinutes(late))).hasSize(4);
        assertThat(expanded).hasValue(2);
    }
}
