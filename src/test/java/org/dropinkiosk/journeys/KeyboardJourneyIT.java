package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A switch user drives the kiosk with Tab and Enter or Space only: every target is reached in order, with a ring. */
class KeyboardJourneyIT extends BrowserJourney {

    private String focusedName() {
        return ((String)
                page.evaluate(
                        "(document.activeElement.getAttribute('aria-label') || document.activeElement.textContent || '').trim()"));
    }

    private List<String> tabThroughAll() {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            page.keyboard().press("Tab");
            if (page.evaluate("document.activeElement === document.body").equals(true)) {
                continue;
            }
            String name = focusedName();
            if (!order.isEmpty() && name.equals(order.get(0))) {
                break; // round again
            }
            KioskChecks.assertFocusVisible(page);
            order.add(name);
        }
        return order;
    }

    @Test
    void tab_reaches_the_tiles_then_the_bar_in_reading_order_with_a_visible_ring() {
        open("/");
        page.keyboard().press("Tab");
        assertThat(focusedName()).isEqualTo("Sign in");
        screenshot("home-keyboard-focus");
        page.keyboard().press("Shift+Tab");
        List<String> order = tabThroughAll();
        assertThat(order)
                .containsExactly("Sign in", "What's on", "News", "Tell us", "Home", "Listen", "Slower", "Help");
    }

    @Test
    void enter_and_space_press_the_focused_button() {
        open("/");
        for (int i = 0; i < 8; i++) {
            page.keyboard().press("Tab");
            if ("Help".equals(focusedName())) {
                break;
            }
        }
        assertThat(focusedName()).isEqualTo("Help");
        page.keyboard().press("Enter");
        page.waitForURL(origin() + "/help");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Help").setLevel(1)))
                .isVisible();

        List<String> order = tabThroughAll();
        assertThat(order)
                .containsExactly(
                        "How the kiosk works for me", "Pictures and voice", "Home", "Listen", "Slower", "Help");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Home").setExact(true))
                .focus();
        page.keyboard().press(" ");
        page.waitForURL(origin() + "/");
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("News").setExact(true)))
                .isVisible();
    }

    @Test
    void home_and_help_meet_the_kiosk_floors_for_targets_text_size_and_contrast() {
        for (String path : List.of("/", "/help", "/credits")) {
            open(path);
            for (int[] size : new int[][] {{1280, 800}, {800, 1280}}) {
                page.setViewportSize(size[0], size[1]);
                KioskChecks.assertKioskFloors(page);
                assertAccessible(path + " at " + size[0] + "x" + size[1]);
            }
            page.setViewportSize(1280, 800);
        }
    }
}
