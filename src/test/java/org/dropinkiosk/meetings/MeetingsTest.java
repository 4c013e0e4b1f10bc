package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The meetings service on the real database with a fixed clock: what is coming up, changes, audit, import. */
@SpringBootTest
@Import(FixedClock.class)
class MeetingsTest {

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        FixedClock.noMeetings(jdbc);
    }

    private static Meeting meeting(String title, String start, String end, String rule) {
        return new Meeting(
                0,
                "",
                title,
                MeetingKind.OTHER,
                LocalDateTime.parse(start),
                LocalDateTime.parse(end),
                "the hall",
                "",
                rule);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor = 'staff'")
                .param(action)
                .query(Long.class)
                .single();
    }

    @Test
    void what_is_coming_up_leaves_out_a_meeting_that_ended_this_morning_and_sorts_by_time() {
        meetings.save(meeting("Breakfast", "2026-12-03T07:00", "2026-12-03T08:30", ""));
        meetings.save(meeting("Later today", "2026-12-03T14:00", "2026-12-03T15:00", ""));
        meetings.save(meeting("Network meeting", "2023-01-11T12:30", "2023-01-11T14:30", "FREQ=MONTHLY;BYDAY=2WE"));
        meetings.save(meeting("Last year", "2025-12-03T14:00", "2025-12-03T15:00", ""));
        List<Occurrence> next = meetings.upcoming(4);
        assertThat(next)
                .extracting(o -> o.title() + " " + o.start().toLocalDateTime())
                .containsExactly(
                        "Later today 2026-12-03T14:00",
                        "Network meeting 2026-12-09T12:30",
                        "Network meeting 2027-01-13T12:30",
                        "Network meeting 2027-02-10T12:30");
    }

    @Test
    void an_end_before_the_start_or_an_empty_title_is_refused_and_nothing_is_saved() {
        long before = audits("meeting.added");
        assertThatThrownBy(() -> meetings.save(meeting("Coffee", "2026-12-10T11:00", "2026-12-10T10:00", "")))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.key()).isEqualTo("meetings.refused.end-before-start"));
        assertThatThrownBy(() -> meetings.save(meeting("  ", "2026-12-10T11:00", "2026-12-10T12:00", "")))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.key()).isEqualTo("meetings.refused.no-title"));
        assertThat(count("meeting")).isZero();
        assertThat(audits("meeting.added")).isEqualTo(before);
    }

    @Test
    void each_change_is_written_to_the_audit_with_actor_staff() {
        long added = audits("meeting.added");
        long changed = audits("meeting.changed");
        long removed = audits("meeting.removed");
        Meeting m = meetings.save(meeting("Coffee", "2026-12-10T11:00", "2026-12-10T12:00", ""));
        meetings.save(new Meeting(m.id(), m.uid(), "Coffee and cake", m.kind(), m.start(), m.end(), m.place(), "", ""));
        meetings.remove(m.id());
        assertThat(audits("meeting.added")).isEqualTo(added + 1);
        assertThat(audits("meeting.changed")).isEqualTo(changed + 1);
        assertThat(audits("meeting.removed")).isEqualTo(removed + 1);
    }

    @Test
    void one_date_of_a_series_can_be_removed_or_moved_and_the_others_stay() {
        Meeting network = meetings.save(
                meeting("Network meeting", "2023-01-11T12:30", "2023-01-11T14:30", "FREQ=MONTHLY;BYDAY=2WE"));
        meetings.removeDate(network.id(), LocalDate.parse("2026-12-09"));
        meetings.changeDate(
                network.id(),
                LocalDate.parse("2027-01-13"),
                LocalDateTime.parse("2027-01-14T10:00"),
                LocalDateTime.parse("2027-01-14T11:00"),
                "the library");
        assertThat(meetings.upcoming(3))
                .extracting(o -> o.start().toLocalDateTime() + " " + o.place())
                .containsExactly(
                        "2027-01-14T10:00 the library", "2027-02-10T12:30 the hall", "2027-03-10T12:30 the hall");
        assertThatThrownBy(() -> meetings.removeDate(network.id(), LocalDate.parse("2026-12-10")))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.key()).isEqualTo("meetings.refused.not-a-date"));
    }

    @Test
    void changing_the_series_rule_drops_the_changes_made_to_its_old_dates() {
        Meeting network = meetings.save(
                meeting("Network meeting", "2023-01-11T12:30", "2023-01-11T14:30", "FREQ=MONTHLY;BYDAY=2WE"));
        meetings.removeDate(network.id(), LocalDate.parse("2026-12-09"));
        meetings.save(new Meeting(
                network.id(),
                network.uid(),
                network.title(),
                network.kind(),
                network.start(),
                network.end(),
                network.place(),
                "",
                "FREQ=WEEKLY;BYDAY=WE"));
        assertThat(meetings.changes(network.id())).isEmpty();
    }

    @Test
    void an_ics_file_is_imported_once_and_a_second_import_skips_what_is_already_there() {
        byte[] file = ics(
                "BEGIN:VEVENT\r\nUID:coffee@x\r\nSUMMARY:Coffee morning\r\nDTSTART:20261210T110000Z\r\nDTEND:20261210T130000Z\r\nEND:VEVENT\r\n");
        Meetings.ImportReport first = meetings.importIcs("coffee.ics", file);
        assertThat(first.added()).extracting(Meeting::title).containsExactly("Coffee morning");
        Meetings.ImportReport second = meetings.importIcs("coffee.ics", file);
        assertThat(second.added()).isEmpty();
        assertThat(second.skipped())
                .extracting(IcsImport.Skipped::reason)
                .containsExactly("meetings.import.skip.already");
        assertThat(count("meeting")).isEqualTo(1);
    }

    @Test
    void an_event_with_an_id_too_long_for_the_database_does_not_lose_the_rest_of_the_import() {
        String longUid = "x".repeat(300);
        byte[] file = ics(
                "BEGIN:VEVENT\r\nUID:good@x\r\nSUMMARY:Good\r\nDTSTART:20261210T110000Z\r\nDTEND:20261210T130000Z\r\nEND:VEVENT\r\n"
                        + "BEGIN:VEVENT\r\nUID:" + longUid
                        + "\r\nSUMMARY:Too long an id\r\nDTSTART:20261211T110000Z\r\nDTEND:20261211T130000Z\r\nEND:VEVENT\r\n");
        assertThat(meetings.importIcs("two.ics", file).added())
                .extracting(Meeting::title)
                .containsExactly("Good", "Too long an id");
        assertThat(count("meeting")).isEqualTo(2);
        // The same file again finds both, the long id included: nothing is added twice.
        assertThat(meetings.importIcs("two.ics", file).added()).isEmpty();
    }

    @Autowired
    MeetingPhrases phrases;

    @Test
    void speech_gets_the_same_sentences_the_cards_show() {
        meetings.save(meeting("Art group", "2026-12-04T12:30", "2026-12-04T14:00", ""));
        assertThat(phrases.phrases())
                .contains(
                        "Art group",
                        "Friday 4 December.",
                        "Half past 12 in the afternoon.",
                        "It is in the hall.",
                        "That is tomorrow.",
                        "Scan this with your phone.");
    }

    @Test
    void a_broken_file_is_refused_and_adds_nothing() {
        assertThatThrownBy(() -> meetings.importIcs("letter.ics", "Dear all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.key()).isEqualTo("meetings.import.broken"));
        assertThat(count("meeting")).isZero();
    }

    @Test
    void the_starting_meetings_are_the_newsletters_network_meeting_and_coffee_morning_as_series() {
        ConfigProblems problems = new ConfigProblems();
        List<Meeting> seeds = MeetingSeeds.read(TestConfigStore.in(Path.of("kiosk-config"), problems));
        assertThat(problems.all()).isEmpty();
        assertThat(seeds)
                .extracting(m -> m.title() + " " + m.start().getDayOfWeek() + " "
                        + m.start().toLocalTime() + " " + m.repeatRule())
                .containsExactly(
                        "Network meeting WEDNESDAY 12:30 FREQ=MONTHLY;BYDAY=2WE",
                        "Coffee morning THURSDAY 11:00 FREQ=MONTHLY;BYDAY=4TH");
    }

    @Test
    void a_mistake_in_meetings_yml_names_the_line_and_field_and_leaves_only_that_meeting_out(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("meetings.yml");
        Files.writeString(file, """
                meetings:
                  - title: Coffee morning
                    kind: coffee morning
                    first: 2022-12-22
                    start: "11:00"
                    end: "13:00"
                  - title: Quiz
                    kind: quiz night
                    first: 2022-12-23
                    start: "19:00"
                    end: "18:00"
                """);
        ConfigProblems problems = new ConfigProblems();
        List<Meeting> seeds = MeetingSeeds.read(TestConfigStore.in(dir, problems));
        assertThat(seeds).extracting(Meeting::title).containsExactly("Coffee morning");
        assertThat(problems.all())
                .extracting(ConfigProblem::sentence)
                .containsExactly(
                        "meetings.yml, line 8, kind: The kind must be 'coffee morning', 'network meeting' or 'other'. This item was left out.",
                        "meetings.yml, line 11, end: The end must be after the start. This item was left out.");
    }

    private static byte[] ics(String events) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
