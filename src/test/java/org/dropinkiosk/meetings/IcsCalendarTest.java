package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Meetings go out as .ics and come back the same; bad files are refused whole, bad events skipped with a reason. */
class IcsCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 29, 9, 0, 0, 0, LONDON);

    private static byte[] ics(String events) {
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_series_with_a_removed_and_a_changed_date_goes_out_and_comes_back_the_same() {
        Meeting network = new Meeting(
                7,
                "network-1@drop-in-kiosk",
                "Network meeting",
                MeetingKind.NETWORK_MEETING,
                LocalDateTime.parse("2023-01-11T12:30"),
                LocalDateTime.parse("2023-01-11T14:30"),
                "the big room, upstairs",
                "Bring; a friend",
                "FREQ=MONTHLY;BYDAY=2WE");
        Map<LocalDate, DateChange> changes = new LinkedHashMap<>();
        changes.put(LocalDate.parse("2026-12-09"), DateChange.cancelled(LocalDate.parse("2026-12-09")));
        changes.put(
                LocalDate.parse("2027-04-14"),
                new DateChange(
                        LocalDate.parse("2027-04-14"),
                        false,
                        LocalDateTime.parse("2027-04-15T13:00"),
                        LocalDateTime.parse("2027-04-15T15:00"),
                        "the hall"));

        String out = IcsCalendar.write(network, changes, LONDON);
        assertThat(out)
                .contains(
                        "BEGIN:VTIMEZONE",
                        "TZID:Europe/London",
                        "DTSTART;TZID=Europe/London:20230111T123000",
                        "RRULE:FREQ=MONTHLY;BYDAY=2WE",
                        "EXDATE;TZID=Europe/London:20261209T123000",
                        "RECURRENCE-ID;TZID=Europe/London:20270414T123000");

        IcsImport back = IcsCalendar.read(out.getBytes(StandardCharsets.UTF_8), LONDON, NOW);
        assertThat(back.skipped()).isEmpty();
        assertThat(back.entries()).hasSize(1);
        Meeting m = back.entries().get(0).meeting();
        assertThat(m.uid()).isEqualTo(network.uid());
        assertThat(m.title()).isEqualTo("Network meeting");
        assertThat(m.kind()).isEqualTo(MeetingKind.NETWORK_MEETING);
        assertThat(m.start()).isEqualTo(network.start());
        assertThat(m.end()).isEqualTo(network.end());
        assertThat(m.place()).isEqualTo("the big room, upstairs");
        assertThat(m.notes()).isEqualTo("Bring; a friend");
        assertThat(m.repeatRule()).isEqualTo("FREQ=MONTHLY;BYDAY=2WE");
        assertThat(back.entries().get(0).changes()).isEqualTo(changes);
    }

    @Test
    void a_one_off_meeting_in_summer_time_comes_back_at_the_same_wall_clock_time() {
        Meeting summer = new Meeting(
                3,
                "picnic@x",
                "Picnic",
                MeetingKind.OTHER,
                LocalDateTime.parse("2027-07-01T11:00"),
                LocalDateTime.parse("2027-07-01T13:00"),
                "the park",
                "",
                "");
        IcsImport back = IcsCalendar.read(
                IcsCalendar.write(summer, Map.of(), LONDON).getBytes(StandardCharsets.UTF_8), LONDON, NOW);
        assertThat(back.entries().get(0).meeting().start()).isEqualTo(summer.start());
    }

    @Test
    void times_in_utc_from_another_calendar_are_turned_into_the_venues_time() {
        IcsImport read = IcsCalendar.read(ics("""
                BEGIN:VEVENT\r
                UID:a@b\r
                SUMMARY:Coffee morning\r
                DTSTART:20270701T100000Z\r
                DTEND:20270701T120000Z\r
                END:VEVENT\r
                """), LONDON, NOW);
        Meeting m = read.entries().get(0).meeting();
        assertThat(m.start()).isEqualTo(LocalDateTime.parse("2027-07-01T11:00"));
        assertThat(m.kind()).isEqualTo(MeetingKind.COFFEE_MORNING);
    }

    @Test
    void past_all_day_untitled_and_backwards_events_are_skipped_with_a_reason() {
        IcsImport read = IcsCalendar.read(ics("""
                BEGIN:VEVENT\r
                UID:past@b\r
                SUMMARY:Old meeting\r
                DTSTART:20200101T100000Z\r
                DTEND:20200101T120000Z\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:allday@b\r
                SUMMARY:Bank holiday\r
                DTSTART;VALUE=DATE:20271227\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:notitle@b\r
                DTSTART:20270101T100000Z\r
                DTEND:20270101T120000Z\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:backwards@b\r
                SUMMARY:Backwards\r
                DTSTART:20270101T120000Z\r
                DTEND:20270101T100000Z\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:good@b\r
                SUMMARY:Good one\r
                DTSTART:20270101T100000Z\r
                DTEND:20270101T120000Z\r
                END:VEVENT\r
                """), LONDON, NOW);
        assertThat(read.entries()).extracting(e -> e.meeting().title()).containsExactly("Good one");
        assertThat(read.skipped())
                .extracting(IcsImport.Skipped::reason)
                .containsExactlyInAnyOrder(
                        "meetings.import.skip.past",
                        "meetings.import.skip.all-day",
                        "meetings.refused.no-title",
                        "meetings.refused.end-before-start");
    }

    @Test
    void a_file_that_is_not_a_calendar_is_refused_whole() {
        assertThatThrownBy(
                        () -> IcsCalendar.read("hello, this is a letter".getBytes(StandardCharsets.UTF_8), LONDON, NOW))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.key()).isEqualTo("meetings.import.broken"));
        assertThatThrownBy(() -> IcsCalendar.read(
                        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n".getBytes(StandardCharsets.UTF_8),
                        LONDON,
                        NOW))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.key()).isEqualTo("meetings.import.broken"));
    }

    @Test
    void a_5_mb_file_is_refused_before_it_is_read() {
        byte[] big = new byte[5 * 1024 * 1024];
        assertThatThrownBy(() -> IcsCalendar.read(big, LONDON, NOW))
                .isInstanceOfSatisfying(
                        MeetingRefused.class, e -> assertThat(e.key()).isEqualTo("meetings.import.too-big"));
    }

    @Test
    void the_qr_text_is_a_short_calendar_entry_in_utc() {
        Meeting coffee = new Meeting(
                1,
                "c@x",
                "Coffee, tea",
                MeetingKind.COFFEE_MORNING,
                LocalDateTime.parse("2027-07-01T11:00"),
                LocalDateTime.parse("2027-07-01T13:00"),
                "the cafe",
                "",
                "");
        Occurrence o = Recurrence.between(coffee, Map.of(), NOW, NOW.plusYears(1), LONDON)
                .get(0);
        assertThat(IcsCalendar.qrText(o)).isEqualTo("""
                BEGIN:VEVENT
                SUMMARY:Coffee\\, tea
                DTSTART:20270701T100000Z
                DTEND:20270701T120000Z
                END:VEVENT""");
    }
}
