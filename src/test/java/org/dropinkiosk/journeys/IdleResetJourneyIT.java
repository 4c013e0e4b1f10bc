package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A visitor walks away mid-task: the kiosk asks, waits 20 seconds, goes Home and forgets them.
 * The page's clock is Playwright's fake clock, so a quiet minute takes no real minute.
 */
class IdleResetJourneyIT extends BrowserJourney {

    private static final String SECRET = "Sam Secretname";

    private Locator question() {
        return page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Are you still there?"));
    }

    private Locator moreTime() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I need more time"));
    }

    private void startVisit() {
        page.clock().install();
        open("/");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Help").setExact(true)).click();
        page.waitForURL(origin() + "/help");
        open("/test-typing");
        page.getByLabel("Your name").fill(SECRET);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep my name")).click();
        assertThat(page.locator("#typed")).hasText("You typed " + SECRET);
        page.evaluate("sessionStorage.setItem('visitor', 'left over')");
    }

    @Test
    void after_a_quiet_minute_the_kiosk_asks_and_more_time_keeps_the_visitors_screen() {
        startVisit();
        page.clock().fastForward(59_000);
        assertThat(question()).not().isVisible();
        page.clock().fastForward(2_000);
        assertThat(question()).isVisible();
        assertThat(moreTime()).isFocused();
        assertThat(question()).containsText("Press the button if you need more time.");
        assertAccessible("the idle question");
        screenshot("idle-question-landscape");
        KioskChecks.assertTargetSizes(page);
        KioskChecks.assertTextSizeAndContrast(page);

        page.keyboard().press("Enter");
        assertThat(question()).not().isVisible();
        page.clock().fastForward(25_000);
        assertThat(page).hasURL(origin() + "/test-typing");
        assertThat(page.locator("#typed")).hasText("You typed " + SECRET);
    }

    @Test
    void twenty_seconds_after_the_question_nothing_of_the_visitor_is_left_in_the_page_or_behind_back() {
        startVisit();
        page.setViewportSize(800, 1280);
        page.clock().fastForward(61_000);
        assertThat(question()).isVisible();
        screenshot("idle-question-portrait");
        page.clock().fastForward(19_000);
        assertThat(page).hasURL(origin() + "/test-typing");

        page.clock().fastForward(2_000);
        page.waitForURL(origin() + "/");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("News").setExact(true))).isVisible();
        assertThat(question()).not().isVisible();
        assertNothingOfTheVisitor();
        assertThat(page.evaluate("sessionStorage.length")).isEqualTo(0);
        assertThat(page.evaluate("navigation.currentEntry.index")).as("pages behind Back").isEqualTo(0);
        assertThat(page.context().cookies()).noneMatch(c -> c.name.equals("kiosk-reset"));

        // Back leads to no screen of the visitor: only to the browser's own blank start page, if anywhere.
        for (int i = 0; i < 3; i++) {
            page.goBack();
            assertThat(page.url()).isIn(origin() + "/", "about:blank");
            assertNothingOfTheVisitor();
        }
        // Forward only reaches fresh pages: the old screens were closed on the server.
        for (int i = 0; i < 3; i++) {
            page.goForward();
            page.waitForLoadState();
            assertNothingOfTheVisitor();
        }
    }

    @Test
    void a_fresh_home_page_with_nothing_to_forget_is_left_alone() {
        page.clock().install();
        open("/");
        page.clock().fastForward(61_000);
        page.clock().fastForward(21_000);
        assertThat(question()).not().isVisible();
        assertThat(page.evaluate("navigation.currentEntry.index")).isEqualTo(0);
    }

    private void assertNothingOfTheVisitor() {
        if (!page.url().equals("about:blank")) {
            page.waitForSelector(".kiosk-content > *");
        }
        assertThat(page.content()).doesNotContain("Secretname");
        Object typed = page.evaluate("Array.from(document.querySelectorAll('input, textarea')).map(f => f.value).join('')");
        assertThat((String) typed).doesNotContain("Secretname");
    }
}
