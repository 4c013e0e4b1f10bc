package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A volunteer logs in on the kiosk's PIN pad, is told to put a stick in, puts one in (a folder under
 * kiosk.removable-media-roots), saves the visits on it by touch and takes it out; the CSV on the stick
 * holds as many rows as the page said.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=usb-journey"})
class UsbStickJourneyIT extends BrowserJourney {

    static final Path STICKS = tempFolder("usb-journey-sticks");

    @DynamicPropertySource
    static void sticksFolder(DynamicPropertyRegistry registry) {
        registry.add("kiosk.removable-media-roots", STICKS::toString);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void staff_save_the_visits_on_a_usb_stick_by_touch_and_the_file_there_has_the_rows_the_page_said()
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        for (String name : List.of("Ann", "Bob", "Cat")) {
            jdbc.sql(
                            "INSERT INTO visitor (venue_id, name, symbol, group_id, created_at) VALUES ('usb-journey', ?, 'star', 'coffee', ?)")
                    .params(name, OffsetDateTime.now())
                    .update();
            long id = jdbc.sql("SELECT MAX(id) FROM visitor WHERE venue_id = 'usb-journey' AND name = ?")
                    .param(name)
                    .query(Long.class)
                    .single();
            jdbc.sql(
                            "INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at) VALUES ('usb-journey', ?, 'coffee', ?, ?)")
                    .params(id, today, OffsetDateTime.now())
                    .update();
        }

        logInAsStaff("2468");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Exports").setExact(true))
                .click();
        page.waitForURL(origin() + "/staff/exports");

        Locator said = page.locator("#staff-usb-said");
        assertThat(said).hasText("Put a USB stick in the kiosk. Wait a few seconds, then press Look again.");
        Files.createDirectories(STICKS.resolve("VISITSTICK"));
        page.locator("#staff-usb-look-again").focus(); // by keyboard: Look again is a real button
        page.keyboard().press("Enter");
        Locator save = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save on VISITSTICK"));
        assertThat(save).isVisible();
        var box = save.boundingBox();
        assertThat(box.height).as("a stick's button is big enough to press").isGreaterThanOrEqualTo(64);

        save.click();
        assertThat(said).containsText("on the stick VISITSTICK");
        Matcher saved = Pattern.compile(
                        "Saved (\\d+) visits? on the stick VISITSTICK, in the file (\\S+)\\. The file is complete\\.")
                .matcher(said.textContent());
        assertThat(saved.find()).as(said.textContent()).isTrue();
        int rowsSaid = Integer.parseInt(saved.group(1));
        Path file = STICKS.resolve("VISITSTICK").resolve(saved.group(2));
        assertThat(file.getFileName().toString())
                .startsWith("visits-usb-journey-")
                .endsWith(".csv");
        List<CSVRecord> rows = csvRows(file);
        assertThat(rows).hasSize(rowsSaid).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows).extracting(r -> r.get("name")).contains("Ann", "Bob", "Cat");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = 'usb-journey' AND action = 'export-usb'")
                        .query(String.class)
                        .single())
                .contains("USB stick \"VISITSTICK\"")
                .contains(today.withDayOfMonth(1) + " to " + today)
                .contains(": " + rowsSaid + " rows");

        assertAccessible("exports after a save on a USB stick");
        page.locator("#staff-usb").scrollIntoViewIfNeeded();
        screenshot("staff-exports-usb-saved");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take the stick out safely"))
                .click();
        assertThat(said).hasText("You can take the stick VISITSTICK out now. Wait until its light stops flashing.");
        assertThat(page.locator("#staff-usb-look-again")).isFocused(); // keyboard users are not sent to the top
        said.scrollIntoViewIfNeeded();
        screenshot("staff-exports-usb-taken-out");
    }
}
