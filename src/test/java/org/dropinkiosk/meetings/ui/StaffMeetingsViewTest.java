package org.dropinkiosk.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.stream.IntStream;
import org.dropinkiosk.meetings.FixedClock;
import org.dropinkiosk.meetings.Meeting;
import org.dropinkiosk.meetings.MeetingKind;
import org.dropinkiosk.meetings.Meetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless, logged in as staff: the meetings list, the form, one-date changes, import and download. */
@SpringBootTest(properties = "kiosk.staff.leave-on-visitor-screens=false")
@Import(FixedClock.class)
@WithMockUser(roles = "STAFF")
class StaffMeetingsViewTest extends SpringBrowserlessTest {

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        FixedClock.noMeetings(jdbc);
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM meeting").query(Long.class).single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    private Button button(String caption) {
        return find(Button.class).withText(caption).first();
    }

    private MeetingFormView form() {
        return navigate("staff/meetings/edit/new", MeetingFormView.class);
    }

    private void fill(MeetingFormView form, String title, LocalDate date, LocalTime start, LocalTime end) {
        test(find(TextField.class, form).withCaption("Title").single()).setValue(title);
        test(find(DatePicker.class, form).first()).setValue(date);
        test(find(TimePicker.class, form).withCaption("Starts at").single()).setValue(start);
        test(find(TimePicker.class, form).withCaption("Ends at").single()).setValue(end);
    }

    @Test
    void a_new_repeating_meeting_is_saved_and_listed_with_its_rule_in_words() {
        MeetingFormView form = form();
        fill(form, "Network meeting", LocalDate.parse("2026-12-09"), LocalTime.of(12, 30), LocalTime.of(14, 30));
        @SuppressWarnings("unchecked")
        Select<String> repeat = find(Select.class, form).withCaption("Repeats").single();
        test(repeat).selectItem("Every month on the second Wednesday");
        test(button("Save")).click();
        assertThat(getCurrentView()).isInstanceOf(StaffMeetingsView.class);
        assertThat(text())
                .contains("Network meeting", "Every month on the second Wednesday", "Wednesday 13 January 2027");
        assertThat(meetings.all()).extracting(Meeting::repeatRule).containsExactly("FREQ=MONTHLY;BYDAY=2WE");
    }

    @Test
    void an_end_before_the_start_is_refused_with_a_plain_message_and_nothing_is_saved() {
        MeetingFormView form = form();
        fill(form, "Coffee morning", LocalDate.parse("2026-12-24"), LocalTime.of(11, 0), LocalTime.of(10, 0));
        test(button("Save")).click();
        assertThat(getCurrentView()).isInstanceOf(MeetingFormView.class);
        assertThat(text()).contains("The end is before the start. Please check the times. Nothing was saved.");
        assertThat(count()).isZero();
    }

    @Test
    void an_empty_title_is_refused_with_a_plain_message() {
        MeetingFormView form = form();
        fill(form, "", LocalDate.parse("2026-12-24"), LocalTime.of(11, 0), LocalTime.of(12, 0));
        test(button("Save")).click();
        assertThat(text()).contains("Please give the meeting a title. Nothing was saved.");
        assertThat(count()).isZero();
    }

    @Test
    void one_date_of_a_series_is_removed_and_the_series_stays() {
        monthlyCoffeeMorning();
        navigate(StaffMeetingsView.class);
        test(find(Button.class)
                        .withAttribute("aria-label", "Remove this date: Thursday 24 December 2026, 11:00 to 13:00")
                        .single())
                .click();
        assertThat(text()).contains("Removed Thursday 24 December 2026 from \"Coffee morning\". The other dates stay.");
        assertThat(meetings.upcoming(1).get(0).start().toLocalDate()).isEqualTo(LocalDate.parse("2027-01-28"));
    }

    @Test
    void one_date_of_a_series_is_moved_on_its_own_form() {
        Meeting coffee = monthlyCoffeeMorning();
        MeetingFormView form = navigate("staff/meetings/edit/" + coffee.id() + "/2026-12-24", MeetingFormView.class);
        assertThat(text()).contains("Change one date of \"Coffee morning\"");
        test(find(DatePicker.class, form).first()).setValue(LocalDate.parse("2026-12-23"));
        test(button("Save")).click();
        assertThat(meetings.upcoming(1).get(0).start().toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-12-23T11:00"));
    }

    @Test
    void the_whole_series_is_removed_after_saying_yes() {
        monthlyCoffeeMorning();
        navigate(StaffMeetingsView.class);
        test(button("Remove the whole series")).click();
        assertThat(text()).contains("Remove \"Coffee morning\" and all its dates?");
        assertThat(count()).isEqualTo(1);
        test(button("Yes, remove it")).click();
        assertThat(text()).contains("Removed \"Coffee morning\".");
        assertThat(count()).isZero();
    }

    @Test
    void an_imported_file_gets_a_plain_report_of_what_was_added_and_skipped() {
        StaffMeetingsView view = navigate(StaffMeetingsView.class);
        view.receive(
                "club.ics",
                ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
                                + "BEGIN:VEVENT\r\nUID:quiz@x\r\nSUMMARY:Quiz\r\nDTSTART:20261210T190000Z\r\nDTEND:20261210T210000Z\r\nEND:VEVENT\r\n"
                                + "BEGIN:VEVENT\r\nUID:old@x\r\nSUMMARY:Old party\r\nDTSTART:20201210T190000Z\r\nDTEND:20201210T210000Z\r\nEND:VEVENT\r\n"
                                + "END:VCALENDAR\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class, view).all())
                .extracting(Paragraph::getText)
                .contains("Added 1 meeting from club.ics.", "Added: Quiz", "Skipped: Old party. It is in the past.");
    }

    @Test
    void a_rule_of_2880_times_a_day_that_slipped_into_the_database_is_refused_when_the_form_saves_it() {
        String flood = "FREQ=DAILY;BYHOUR="
                + String.join(
                        ",", IntStream.range(0, 24).mapToObj(String::valueOf).toList())
                + ";BYMINUTE=0,5,10,15,20,25,30,35,40,45,50,55;BYSECOND=0,6,12,18,24,30,36,42,48,54";
        jdbc.sql("""
                INSERT INTO meeting (venue_id, uid, title, kind, starts_at, ends_at, place, notes, repeat_rule, created_at)
                VALUES ('main', 'flood@x', 'Flood', 'OTHER', TIMESTAMP '2026-12-07 10:00:00', TIMESTAMP '2026-12-07 10:00:10', '', '', ?,
                CURRENT_TIMESTAMP)""").param(flood).update();
        long id = meetings.all().get(0).id();
        MeetingFormView form = navigate("staff/meetings/edit/" + id, MeetingFormView.class);
        test(button("Save")).click();
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(text())
                .contains(
                        "\"Flood\" would happen more than 4 times a day (its rule is FREQ=DAILY;BYHOUR=0,1,2",
                        "The kiosk allows at most 4 times a day. Nothing was saved.");
    }

    @Test
    void a_broken_file_and_a_5_mb_file_are_refused_in_plain_words() {
        StaffMeetingsView view = navigate(StaffMeetingsView.class);
        view.receive("photo.ics", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        assertThat(text()).contains("This file is not a calendar file the kiosk can read. Nothing was added.");
        test(find(Upload.class, view).single()).upload("big.ics", "text/calendar", new byte[5 * 1024 * 1024]);
        assertThat(text()).contains("This file is bigger than 1 MB, so it was not read. Nothing was added.");
        assertThat(count()).isZero();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_who_is_not_logged_in_cannot_open_the_meetings_page() {
        try {
            navigate(StaffMeetingsView.class);
        } catch (RuntimeException refused) {
            // refused by the router: fine
        }
        assertThat(getCurrentView()).isNotInstanceOf(StaffMeetingsView.class);
    }

    @Test
    void a_meeting_downloads_as_an_ics_file_with_its_time_zone() throws Exception {
        monthlyCoffeeMorning();
        navigate(StaffMeetingsView.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(find(Anchor.class).withText("Download .ics").single()).download(out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("BEGIN:VTIMEZONE", "SUMMARY:Coffee morning", "RRULE:FREQ=MONTHLY;BYDAY=4TH");
    }

    /** A coffee morning on the fourth Thursday of every month since 2022. */
    private Meeting monthlyCoffeeMorning() {
        return meetings.save(new Meeting(
                0,
                "",
                "Coffee morning",
                MeetingKind.COFFEE_MORNING,
                LocalDateTime.parse("2022-12-22T11:00"),
                LocalDateTime.parse("2022-12-22T13:00"),
                "the cafe",
                "",
                "FREQ=MONTHLY;BYDAY=4TH"));
    }
}
