package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Series expand in the venue's wall-clock time: right across the clock changes and the ends of months. */
class RecurrenceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Meeting series(String first, String time, String rule) {
        LocalDateTime start = LocalDate.parse(first).atTime(LocalTime.parse(time));
        return new Meeting(
                1, "u", "Coffee morning", MeetingKind.COFFEE_MORNING, start, start.plusHours(2), "the cafe", "", rule);
    }

    private static List<ZonedDateTime> starts(Meeting m, String from, String to) {
        return Recurrence.between(
                        m,
                        Map.of(),
                        LocalDate.parse(from).atStartOfDay(LONDON),
                        LocalDate.parse(to).atStartOfDay(LONDON),
                        LONDON)
                .stream()
                .map(Occurrence::start)
                .toList();
    }

    @Test
    void a_weekly_meeting_stays_at_11_oclock_when_the_clocks_go_forward_in_late_march() {
        Meeting thursdays = series("2027-03-04", "11:00", "FREQ=WEEKLY;BYDAY=TH");
        List<ZonedDateTime> s = starts(thursdays, "2027-03-20", "2027-04-05");
        assertThat(s)
                .extracting(z -> z.toLocalDateTime().toString())
                .containsExactly("2027-03-25T11:00", "2027-04-01T11:00");
        // 28 March 2027 the clocks go forward: 11:00 is 11:00 GMT before and 10:00 UTC after.
        assertThat(s.get(0).withZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(11);
        assertThat(s.get(1).withZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(10);
    }

    @Test
    void a_monthly_meeting_stays_at_half_past_12_when_the_clocks_go_back_in_late_october() {
        Meeting lastFridays = series("2027-09-24", "12:30", "FREQ=MONTHLY;BYDAY=-1FR");
        List<ZonedDateTime> s = starts(lastFridays, "2027-10-01", "2027-12-01");
        assertThat(s)
                .extracting(z -> z.toLocalDateTime().toString())
                .containsExactly("2027-10-29T12:30", "2027-11-26T12:30");
        assertThat(s.get(0).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(s.get(1).getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void a_daily_meeting_on_the_night_the_clocks_change_keeps_its_wall_clock_time() {
        Meeting daily = series("2027-10-29", "09:00", "FREQ=DAILY");
        List<ZonedDateTime> s = starts(daily, "2027-10-30", "2027-11-01");
        assertThat(s).extracting(z -> z.toLocalTime().toString()).containsExactly("09:00", "09:00");
        assertThat(Duration.between(s.get(0), s.get(1)).toHours()).isEqualTo(25);
    }

    @Test
    void the_fourth_thursday_runs_across_the_end_of_the_year() {
        Meeting coffee = series("2022-12-22", "11:00", "FREQ=MONTHLY;BYDAY=4TH");
        assertThat(starts(coffee, "2026-11-01", "2027-03-01"))
                .extracting(z -> z.toLocalDate().toString())
                .containsExactly("2026-11-26", "2026-12-24", "2027-01-28", "2027-02-25");
    }

    @Test
    void the_second_wednesday_from_the_newsletter_comes_every_month() {
        Meeting network = series("2023-01-11", "12:30", "FREQ=MONTHLY;BYDAY=2WE");
        assertThat(starts(network, "2026-12-01", "2027-04-01"))
                .extracting(z -> z.toLocalDate().toString())
                .containsExactly("2026-12-09", "2027-01-13", "2027-02-10", "2027-03-10");
    }

    @Test
    void the_31st_of_the_month_is_skipped_in_shorter_months() {
        Meeting monthEnd = series("2027-01-31", "10:00", "FREQ=MONTHLY;BYMONTHDAY=31");
        assertThat(starts(monthEnd, "2027-01-01", "2027-06-01"))
                .extracting(z -> z.toLocalDate().toString())
                .containsExactly("2027-01-31", "2027-03-31", "2027-05-31");
    }

    @Test
    void the_last_day_of_february_is_found_in_a_leap_year() {
        Meeting lastDay = series("2027-12-31", "10:00", "FREQ=MONTHLY;BYMONTHDAY=-1");
        assertThat(starts(lastDay, "2028-02-01", "2028-03-02"))
                .extracting(z -> z.toLocalDate().toString())
                .containsExactly("2028-02-29");
    }

    @Test
    void a_removed_date_is_gone_and_a_changed_date_moves() {
        Meeting coffee = series("2022-12-22", "11:00", "FREQ=MONTHLY;BYDAY=4TH");
        LocalDate moved = LocalDate.parse("2027-01-28");
        Map<LocalDate, DateChange> changes = Map.of(
                LocalDate.parse("2026-12-24"),
                DateChange.cancelled(LocalDate.parse("2026-12-24")),
                moved,
                new DateChange(
                        moved,
                        false,
                        LocalDateTime.parse("2027-01-29T14:00"),
                        LocalDateTime.parse("2027-01-29T15:00"),
                        "the hall"));
        List<Occurrence> s = Recurrence.between(
                coffee,
                changes,
                LocalDate.parse("2026-12-01").atStartOfDay(LONDON),
                LocalDate.parse("2027-02-01").atStartOfDay(LONDON),
                LONDON);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).start().toLocalDateTime()).hasToString("2027-01-29T14:00");
        assertThat(s.get(0).place()).isEqualTo("the hall");
        assertThat(s.get(0).originalDate()).isEqualTo(moved);
    }

    @Test
    void a_meeting_that_ended_an_hour_ago_is_not_coming_up_but_one_still_on_is() {
        Meeting today = series("2026-12-03", "11:00", "");
        ZonedDateTime afterEnd = ZonedDateTime.of(2026, 12, 3, 14, 0, 0, 0, LONDON);
        ZonedDateTime during = ZonedDateTime.of(2026, 12, 3, 12, 0, 0, 0, LONDON);
        assertThat(Recurrence.between(today, Map.of(), afterEnd, afterEnd.plusYears(1), LONDON))
                .isEmpty();
        assertThat(Recurrence.between(today, Map.of(), during, during.plusYears(1), LONDON))
                .hasSize(1);
    }

    @Test
    void rules_every_minute_or_hour_and_nonsense_are_refused() {
        assertThat(Recurrence.parse("FREQ=MINUTELY")).isEmpty();
        assertThat(Recurrence.parse("FREQ=HOURLY;INTERVAL=1")).isEmpty();
        assertThat(Recurrence.parse("every second tuesday")).isEmpty();
        assertThat(Recurrence.parse("RRULE:FREQ=MONTHLY;BYDAY=2WE")).isPresent();
    }

    @Test
    void the_plain_choices_write_rules_from_the_first_date() {
        LocalDate secondWednesday = LocalDate.parse("2023-01-11");
        assertThat(Recurrence.Choice.MONTHLY_NTH.rule(secondWednesday)).isEqualTo("FREQ=MONTHLY;BYDAY=2WE");
        assertThat(Recurrence.Choice.FORTNIGHTLY.rule(secondWednesday)).isEqualTo("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
        assertThat(Recurrence.Choice.of("FREQ=MONTHLY;BYDAY=2WE", secondWednesday))
                .contains(Recurrence.Choice.MONTHLY_NTH);
        assertThat(Recurrence.isLastOfMonth(LocalDate.parse("2026-12-30"))).isTrue();
    }
}
