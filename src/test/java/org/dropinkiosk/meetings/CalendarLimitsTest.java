package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.Recur;
import org.dropinkiosk.kiosk.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Calendar rules have limits: at most 4 a day and 750 a year, 255 letters; one bad event never loses the rest. */
@SpringBootTest
@Import(FixedClock.class)
class CalendarLimitsTest {

    /** Every 30 seconds, all day: 24 x 12 x 10 = 2,880 times a day, in a rule short enough for the database. */
    static final String EVERY_30_SECONDS =
            "FREQ=DAILY;BYHOUR=" + range(0, 24, 1) + ";BYMINUTE=" + range(0, 60, 5) + ";BYSECOND=" + range(0, 60, 6);

    /** The largest rule the limits allow, by dates a year: twice every day (730, 732 in a leap year). */
    static final String LARGEST_RULE = "FREQ=DAILY;BYHOUR=10,14";

    @Autowired
    Meetings meetings;

    @Autowired
    Messages messages;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        FixedClock.noMeetings(jdbc);
    }

    static String range(int from, int to, int step) {
        return IntStream.iterate(from, i -> i < to, i -> i + step)
                .mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }

    static String event(String uid, String title, String rule) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:" + title
                + "\r\nDTSTART;TZID=Europe/London:20261207T100000\r\n" + "DTEND;TZID=Europe/London:20261207T100010\r\n"
                + (rule.isEmpty() ? "" : "RRULE:" + rule + "\r\n") + "END:VEVENT\r\n";
    }

    static byte[] calendar(String... events) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events)
                        + "END:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Meeting series(String title, String rule) {
        return new Meeting(
                0,
                "",
                title,
                MeetingKind.OTHER,
                LocalDateTime.parse("2026-12-07T10:00"),
                LocalDateTime.parse("2026-12-07T10:00:10"),
                "the hall",
                "",
                rule);
    }

    private String sentence(MeetingRefused refused) {
        return messages.get(refused.key(), refused.args());
    }

    @Test
    void the_2880_times_a_day_rule_is_short_enough_to_be_kept_so_the_limit_and_not_the_length_refuses_it() {
        assertThat(EVERY_30_SECONDS.length()).isLessThan(Recurrence.MAX_RULE_LENGTH);
        assertThat(Recurrence.timesADay(new Recur<LocalDateTime>(EVERY_30_SECONDS)))
                .isEqualTo(2880);
    }

    @Test
    void a_2880_times_a_day_rule_is_refused_in_a_sentence_naming_the_meeting_and_the_rule() {
        assertThatThrownBy(() -> meetings.save(series("Every 30 seconds", EVERY_30_SECONDS)))
                .isInstanceOfSatisfying(
                        MeetingRefused.class,
                        e -> assertThat(sentence(e))
                                .startsWith(
                                        "\"Every 30 seconds\" would happen more than 4 times a day (its rule is FREQ=DAILY;BYHOUR=0,1,2")
                                .endsWith("The kiosk allows at most 4 times a day. Nothing was saved."));
        assertThat(meetings.all()).isEmpty();
    }

    @Test
    void more_than_750_a_year_and_more_than_255_letters_are_refused_and_4_a_day_on_weekdays_is_not() {
        assertThatThrownBy(() -> meetings.save(series("Three a day", "FREQ=DAILY;BYHOUR=9,12,15")))
                .isInstanceOfSatisfying(
                        MeetingRefused.class,
                        e -> assertThat(sentence(e))
                                .isEqualTo(
                                        "\"Three a day\" would happen more than 750 times in a year (its rule is FREQ=DAILY;BYHOUR=9,12,15)."
                                                + " The kiosk allows at most 750 times a year. Nothing was saved."));
        String longRule = "FREQ=WEEKLY;BYDAY=MO;BYMONTH=" + "1,".repeat(120) + "1";
        assertThatThrownBy(() -> meetings.save(series("Long rule", longRule)))
                .isInstanceOfSatisfying(
                        MeetingRefused.class,
                        e -> assertThat(sentence(e))
                                .isEqualTo(
                                        "The repeat rule of \"Long rule\" is 270 letters long. The kiosk keeps rules of at most 255 letters. Nothing was saved."));
        assertThat(meetings.save(series("Largest allowed", LARGEST_RULE)).id()).isPositive();
    }

    @Test
    void an_import_with_bad_events_keeps_the_good_ones_and_says_why_each_bad_one_was_skipped() {
        String longRule = "FREQ=WEEKLY;BYDAY=MO;BYMONTH=" + "1,".repeat(120) + "1";
        Meetings.ImportReport report = meetings.importIcs(
                "hostile.ics",
                calendar(
                        event("quiz@x", "Quiz", ""),
                        event("flood@x", "Every 30 seconds", EVERY_30_SECONDS),
                        event("long@x", "Long rule", longRule),
                        event("u".repeat(400) + "@x", "Long id", "FREQ=WEEKLY;BYDAY=MO"),
                        event("coffee@x", "Coffee", "FREQ=WEEKLY;BYDAY=TH")));
        assertThat(report.added()).extracting(Meeting::title).containsExactly("Quiz", "Long id", "Coffee");
        assertThat(report.skipped())
                .extracting(s ->
                        s.title() + ": " + messages.get(s.reason(), s.args().toArray()))
                .containsExactly(
                        "Every 30 seconds: \"Every 30 seconds\" would happen more than 4 times a day (its rule is "
                                + EVERY_30_SECONDS.substring(0, 80)
                                + "...). The kiosk allows at most 4 times a day. Nothing was saved.",
                        "Long rule: The repeat rule of \"Long rule\" is 270 letters long. The kiosk keeps rules of at most 255 letters."
                                + " Nothing was saved.");
        assertThat(meetings.all()).hasSize(3);
    }

    @Test
    void a_rule_that_slipped_into_the_database_shows_no_dates_and_the_others_still_show() {
        meetings.save(series("Coffee", "FREQ=WEEKLY;BYDAY=TH"));
        jdbc.sql("""
                INSERT INTO meeting (venue_id, uid, title, kind, starts_at, ends_at, place, notes, repeat_rule, created_at)
                VALUES ('main', 'slipped@x', 'Flood', 'OTHER', ?, ?, '', '', ?, ?)""")
                .params(
                        Timestamp.valueOf("2026-12-01 00:00:00"),
                        Timestamp.valueOf("2026-12-01 00:00:10"),
                        EVERY_30_SECONDS,
                        OffsetDateTime.now())
                .update();
        List<Occurrence> next = meetings.upcoming(4);
        assertThat(next).extracting(Occurrence::title).containsOnly("Coffee").hasSize(4);
    }

    @Test
    void whats_on_expands_once_and_again_only_after_a_change() {
        meetings.save(series("Coffee", "FREQ=WEEKLY;BYDAY=TH"));
        long before = meetings.upcomingExpansions();
        for (int i = 0; i < 50; i++) {
            assertThat(meetings.upcoming(4)).hasSize(4);
        }
        assertThat(meetings.upcomingExpansions()).isEqualTo(before + 1);
        Meeting quiz = meetings.save(new Meeting(
                0,
                "",
                "Quiz",
                MeetingKind.OTHER,
                LocalDateTime.parse("2026-12-03T19:00"),
                LocalDateTime.parse("2026-12-03T21:00"),
                "",
                "",
                ""));
        assertThat(meetings.upcoming(4)).extracting(Occurrence::title).first().isEqualTo("Quiz");
        meetings.remove(quiz.id());
        assertThat(meetings.upcoming(4)).extracting(Occurrence::title).containsOnly("Coffee");
        assertThat(meetings.upcomingExpansions()).isEqualTo(before + 3);
    }
}
