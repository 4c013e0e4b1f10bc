package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A volunteer changes the venue name and the idle time on the staff Settings page: kiosk.yml keeps every other
 * line (comments, the PIN hash) and the visitor Home shows the new name at once. A time zone waits for a restart,
 * which the Today page says. A value out of range is refused beside its field, with nothing written.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=settings-journey"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VenueSettingsJourneyIT extends BrowserJourney {

    static final Path CONFIG = tempFolder("settings-journey-config");
    static final String PIN_LINE = "  staff-pin-hash: \"" + PIN_2468_HASH + "\"";

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) throws IOException {
        TestConfigStore.copyOfKioskConfig(CONFIG);
        Path yml = CONFIG.resolve("kiosk.yml");
        Files.writeString(yml, Files.readString(yml).replace("  staff-pin-hash: \"\"", PIN_LINE));
        registry.add("kiosk.config-dir", CONFIG::toString);
    }

    @Test
    @Order(1)
    void the_venue_name_and_idle_time_are_saved_in_place_and_the_visitor_home_shows_the_name_at_once()
            throws IOException {
        Path yml = CONFIG.resolve("kiosk.yml");
        String before = Files.readString(yml);
        logInAsStaff("2468");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings"))
                .click();
        page.waitForURL(origin() + "/staff/settings");
        Locator name = page.locator("#setting-venue-name input");
        Locator idle = page.locator("#setting-idle-timeout input");
        assertThat(name).hasValue("Riverside Drop-in");
        assertThat(idle).hasValue("1m");
        assertThat(page.locator("#setting-idle-timeout"))
                .containsText("Write a time between 20s and 30m, such as 60s or 2m.");
        assertThat(page.locator("#setting-time-zone")).containsText("The kiosk must restart for this.");
        settled();
        screenshot("staff-settings-opened");
        assertAccessible("the venue settings page");

        // a laptop's keyboard: the fields and Save are reached and used without a mouse
        name.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("Hill Top Hall");
        page.keyboard().press("Tab");
        assertThat(idle).isFocused();
        page.keyboard().press("Control+A");
        page.keyboard().type("90s");
        page.locator("#settings-save").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#settings-said")).hasText("Saved. The kiosk uses the new settings now.");

        String after = Files.readString(yml);
        String expected = before.replace("venue-name: Riverside Drop-in", "venue-name: \"Hill Top Hall\"")
                .replace("idle-timeout: 60s", "idle-timeout: 90s");
        assertThat(after)
                .isEqualTo(expected)
                .startsWith("# The staff area also writes this file (Settings): it changes only the values.\n")
                .contains(PIN_LINE)
                .contains("  # The name shown at the top");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'settings'")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Saved kiosk.yml: venue-name Riverside Drop-in -> Hill Top Hall; idle-timeout 1m -> 90s");
        settled();
        screenshot("staff-settings-saved");

        Page visitor = context.newPage();
        visitor.navigate(origin() + "/");
        assertThat(visitor.locator("#kiosk-venue"))
                .hasText("Hill Top Hall", new LocatorAssertions.HasTextOptions().setTimeout(5000));
        assertThat(visitor.locator("body")).hasAttribute("data-idle-seconds", "90");
        visitor.screenshot(
                new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("visitor-home-new-venue-name.png")));
        visitor.close();
    }

    @Test
    @Order(2)
    void a_value_out_of_range_is_refused_beside_its_field_and_nothing_is_written() throws IOException {
        Path yml = CONFIG.resolve("kiosk.yml");
        String before = Files.readString(yml);
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/settings");
        Locator idle = page.locator("#setting-idle-timeout input");
        idle.fill("5s");
        page.locator("#settings-save").click();
        assertThat(page.locator("#setting-idle-timeout"))
                .containsText("'5s' is not allowed here: a time between 20s and 30m, such as 60s or 2m.");
        assertThat(page.locator("#setting-idle-timeout")).hasAttribute("invalid", "");
        assertThat(page.locator("#settings-said")).hasText("Nothing was saved. Please fix the setting marked in red.");
        assertThat(yml).hasContent(before);
        settled();
        screenshot("staff-settings-refused");
        page.locator("#setting-idle-timeout").scrollIntoViewIfNeeded();
        screenshot("staff-settings-refused-field");
        assertAccessible("the venue settings page with a refused value");
    }

    @Test
    @Order(3)
    void a_time_zone_waits_for_a_restart_and_the_today_page_says_so() throws IOException {
        logInAsStaff("2468");
        assertThat(page.locator("#staff-restart-needed")).hasCount(0);
        page.navigate(origin() + "/staff/settings");
        page.locator("#setting-time-zone input").fill("Europe/Dublin");
        page.locator("#settings-save").click();
        assertThat(page.locator("#settings-said")).containsText("The kiosk must restart");
        assertThat(Files.readString(CONFIG.resolve("kiosk.yml"))).contains("  time-zone: Europe/Dublin\n");

        page.navigate(origin() + "/staff");
        assertThat(page.locator("#staff-restart-needed"))
                .containsText("Restart needed: a setting changed on the Settings page waits until the kiosk"
                        + " starts again (Time zone).");
        settled();
        screenshot("staff-today-restart-needed");
        assertAccessible("the Today page with the restart notice");
    }
}
