package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Staff import an .ics file in Chromium with one event that would happen every 30 seconds: the report shows
 * on the page (no push needed), names that event and its rule, and the other two meetings are added.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=import-journey"})
class MeetingsImportJourneyIT extends BrowserJourney {

    private static String range(int from, int to, int step) {
        return IntStream.iterate(from, i -> i < to, i -> i + step)
                .mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
    }

    private static String event(String uid, String title, String rule) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:" + title
                + "\r\nDTSTART;TZID=Europe/London:20270607T100000\r\n" + "DTEND;TZID=Europe/London:20270607T100010\r\n"
                + (rule.isEmpty() ? "" : "RRULE:" + rule + "\r\n") + "END:VEVENT\r\n";
    }

    @Test
    void an_import_with_one_bad_event_keeps_the_others_and_shows_the_report() {
        String flood = "FREQ=DAILY;BYHOUR=" + range(0, 24, 1) + ";BYMINUTE=" + range(0, 60, 5) + ";BYSECOND="
                + range(0, 60, 6);
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//journey//EN\r\n"
                + event("quiz-journey@x", "Quiz night", "")
                + event("flood-journey@x", "Every 30 seconds", flood)
                + event("coffee-journey@x", "Coffee morning", "FREQ=WEEKLY;BYDAY=MO")
                + "END:VCALENDAR\r\n";

        logInAsStaff("2468");
        page.navigate(origin() + "/staff/meetings");
        FileChooser chooser =
                page.waitForFileChooser(() -> button("Choose an .ics file").click());
        chooser.setFiles(new FilePayload("hostile.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8)));

        Locator report = page.locator(".staff-meetings .staff-status");
        assertThat(report).containsText("Added 2 meetings from hostile.ics.");
        String words = report.innerText();
        System.out.println("Import report in Chromium:\n" + words);
        assertThat(words)
                .contains(
                        "Added: Quiz night",
                        "Added: Coffee morning",
                        "Skipped: Every 30 seconds. \"Every 30 seconds\" would happen more than 4 times a day (its rule is FREQ=DAILY;BYHOUR=0,1,2",
                        "The kiosk allows at most 4 times a day.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quiz night")))
                .isVisible();
        assertAccessible("staff meetings after an import");
        screenshot("staff-meetings-import-report");
    }
}
