package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A visitor at the door: Home shows four tiles found by their names, each opens its screen, Home comes back. */
class HomeJourneyIT extends BrowserJourney {

    @Test
    void home_shows_the_four_tiles_and_each_opens_its_screen_and_home_comes_back() {
        open("/");
        assertThat(page.locator("#kiosk-venue")).hasText("Riverside Drop-in");
        for (String tile : List.of("Sign in", "What's on", "News", "Tell us")) {
            Locator button = page.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tile).setExact(true));
            assertThat(button).isVisible();
            button.click();
            page.waitForURL(url -> !url.equals(origin() + "/"));
            // The page title comes from the message files, as the tile's words do.
            assertThat(page).hasTitle(tile);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .isVisible();
            page.locator("#kiosk-home").click();
            page.waitForURL(origin() + "/");
            assertThat(page).hasTitle("Home");
            assertThat(page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("News").setExact(true)))
                    .isVisible();
        }
    }

    @Test
    void home_has_no_accessibility_violations_and_big_targets_in_landscape_and_portrait() {
        open("/");
        assertAccessible("Home (1280x800)");
        screenshot("home-landscape");
        assertTargets();
        page.setViewportSize(800, 1280);
        assertAccessible("Home (800x1280)");
        screenshot("home-portrait");
        assertTargets();
        page.setViewportSize(1920, 1080);
        screenshot("home-1920");
        assertTargets();
    }

    private void assertTargets() {
        for (Locator tile : page.locator(".kiosk-tile").all()) {
            var box = tile.boundingBox();
            assertThat(box.width).isGreaterThanOrEqualTo(200);
            assertThat(box.height).isGreaterThanOrEqualTo(200);
        }
        for (Locator button : page.locator(".kiosk-bar button").all()) {
            assertThat(button.boundingBox().height).isGreaterThanOrEqualTo(96);
        }
        String bodySize = (String) page.evaluate(
                "getComputedStyle(document.querySelector('.kiosk-content p, .kiosk-content h1')).fontSize");
        assertThat(Double.parseDouble(bodySize.replace("px", ""))).isGreaterThanOrEqualTo(28);
    }
}
