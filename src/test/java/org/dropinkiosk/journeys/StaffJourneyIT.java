package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A volunteer holds the venue name, types the PIN on the pad, exports today's visits as CSV and opens it. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=staff-journey"})
class StaffJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void staff_log_in_with_the_pin_pad_export_visits_as_csv_and_read_the_file() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String name = "Journey" + System.nanoTime() % 100000;
        jdbc.sql(
                        "INSERT INTO visitor (venue_id, name, symbol, group_id, created_at) VALUES ('staff-journey', ?, 'star', 'coffee', ?)")
                .params(name, OffsetDateTime.now())
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM visitor WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at) VALUES ('staff-journey', ?, 'coffee', ?, ?)")
                .params(id, today, OffsetDateTime.now())
                .update();

        // The hold is timed on the page's controlled clock: no real seconds pass, and none are waited for.
        page.clock().install();
        open("/");
        Locator venue = page.locator("#kiosk-venue");
        venue.dispatchEvent("pointerdown");
        page.clock().runFor(4_900);
        venue.dispatchEvent("pointerup");
        page.clock().runFor(10_000);
        assertThat(page).hasURL(origin() + "/"); // a press shorter than five seconds does nothing
        assertThat(venue).isVisible();
        venue.dispatchEvent("pointerdown"); // and holding it for five seconds opens the PIN pad
        page.clock().runFor(5_000);
        page.waitForURL(origin() + "/staff/login");

        assertThat(page.getByText("Type the staff PIN. Then press OK.")).isVisible();
        assertThat(page).hasTitle("Staff login");
        assertAccessible("staff PIN pad (1280x800)");
        screenshot("staff-pin-pad-landscape");
        page.setViewportSize(800, 1280);
        assertAccessible("staff PIN pad (800x1280)");
        screenshot("staff-pin-pad-portrait");
        page.setViewportSize(1280, 800);
        for (Locator key : page.locator(".staff-pin-key").all()) {
            var box = key.boundingBox();
            assertThat(box.width).isGreaterThanOrEqualTo(96);
            assertThat(box.height).isGreaterThanOrEqualTo(96);
        }

        for (String digit : List.of("2", "4", "6", "8")) {
            button(digit).click();
        }
        assertThat(page.locator("#staff-pin-dots")).hasText("\u25CF \u25CF \u25CF \u25CF");
        button("OK").click();
        page.waitForURL(origin() + "/staff");
        assertThat(page.locator("#staff-roll-call")).containsText(name + " (star)");
        assertThat(page.locator("#staff-came-today")).isVisible();
        assertThat(page).hasTitle("Staff: today");
        assertAccessible("staff today");
        screenshot("staff-today");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Exports").setExact(true))
                .click();
        page.waitForURL(origin() + "/staff/exports");
        assertThat(page).hasTitle("Staff: exports");
        assertAccessible("staff exports");
        screenshot("staff-exports");
        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visits (CSV)"))
                        .click());
        assertThat(download.suggestedFilename())
                .startsWith("visits-staff-journey-")
                .endsWith(".csv");
        Path file = Path.of("target/screenshots/staff-export.csv");
        download.saveAs(file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> rows = csvRows(file);
        CSVRecord mine = rows.stream()
                .filter(r -> r.get("name").equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(mine.get("visit_date")).isEqualTo(today.toString());
        assertThat(mine.get("venue")).isEqualTo("staff-journey");
        assertThat(mine.get("symbol")).isEqualTo("star");
        System.out.println("Exported CSV read back: " + rows.size() + " rows; first: "
                + rows.getFirst().toMap());

        page.locator("#staff-home").click();
        page.waitForURL(origin() + "/");
        page.navigate(origin() + "/staff");
        page.waitForURL(origin() + "/staff/login");
        assertThat(page.getByText("Type the staff PIN. Then press OK.")).isVisible();
    }
}
