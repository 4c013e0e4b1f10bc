package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shaky double tap (two clicks a few milliseconds apart, as Playwright's dblclick sends them) on each kind of
 * visitor button, on every visitor screen, is one press: one screen further, one letter, one answer, one visitor.
 * A name with a double letter typed at a deliberate pace keeps both letters. The page runs on Playwright's clock,
 * flowing as usual; it is held only to place two presses a set time apart. Tell us's own server-side repeat guard
 * is off here, so what is proved is the one guard in the browser (kiosk-tap-guard.js) in front of every button.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.venue-id=double-tap", "kiosk.ratings.repeat-guard=0ms"})
class DoubleTapJourneyIT extends BrowserJourney {

    /** The guard's window, kiosk.access.double-tap-guard (decision 1801). */
    private static final long GUARD = 350;
    /** A deliberate second press of the same key, just slower than the guard. */
    private static final long DELIBERATE = 400;
    /** A bounce: the finger comes down again at tremor speed. */
    private static final long BOUNCE = 150;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noVisitorsAndAClock() {
        jdbc.sql("DELETE FROM visit WHERE venue_id = 'double-tap'").update();
        jdbc.sql("DELETE FROM visitor WHERE venue_id = 'double-tap'").update();
        jdbc.sql("DELETE FROM answer").update();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page.clock().install();
    }

    @Test
    void a_double_tap_on_home_tiles_news_and_the_bar_moves_one_screen() {
        open("/");
        long before = historyLength();
        button("News").dblclick();
        page.waitForURL(origin() + "/news");
        settled();
        assertThat(historyLength()).as("one screen further, not two").isEqualTo(before + 1);

        String where = page.locator("#content-where").textContent();
        int pages = Integer.parseInt(where.replaceAll(".* of ", "").trim());
        assertThat(pages).as("the news needs three pages to show a double Next").isGreaterThanOrEqualTo(3);
        button("Next").dblclick();
        assertThat(page.locator("#content-where")).hasText("Page 2 of " + pages);
        settled();
        assertThat(page.locator("#content-where")).hasText("Page 2 of " + pages);
        pressAgain(button("Next")); // a deliberate press after the double tap counts
        assertThat(page.locator("#content-where")).hasText("Page 3 of " + pages);
        settled();
        button("Back").dblclick();
        assertThat(page.locator("#content-where")).hasText("Page 2 of " + pages);
        settled();
        assertThat(page.locator("#content-where")).hasText("Page 2 of " + pages);

        long onNews = historyLength();
        page.locator("#kiosk-home").dblclick();
        page.waitForURL(origin() + "/");
        settled();
        assertThat(historyLength()).as("Home once").isEqualTo(onNews + 1);
        page.locator("#kiosk-help").dblclick();
        page.waitForURL(origin() + "/help");
        settled();
        assertThat(historyLength()).as("Help once").isEqualTo(onNews + 2);
    }

    @Test
    void a_double_tap_on_every_sign_in_step_is_one_press_and_keeps_one_visitor() {
        open("/sign-in");
        button("No").dblclick();
        heading("Your name");
        button("A").dblclick();
        assertThat(page.locator("#visits-typed")).containsText("A");
        button("L").dblclick();
        assertThat(page.locator("#visits-typed")).containsText("Al");
        settled();
        assertThat(page.locator("#visits-typed")).not().containsText("All");
        button("Next").dblclick();
        heading("Your group");
        button("No group").dblclick();
        heading("Your picture");
        button("sun").dblclick();
        heading("How the kiosk works for me");
        button("Slower speech").dblclick();
        settled();
        assertThat(button("Slower speech")).hasAttribute("aria-pressed", "true");
        button("Time on each button").dblclick();
        settled();
        assertThat(button("Time on each button")).containsText("2 seconds");
        button("Next").dblclick();
        heading("Your name on the screen");
        button("Yes").dblclick();
        assertThat(page.getByText("Hello Al. You are signed in.")).isVisible();
        settled();
        assertThat(count("SELECT COUNT(*) FROM visitor WHERE venue_id = 'double-tap'"))
                .isEqualTo(1);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM visitor WHERE venue_id = 'double-tap' AND slower_speech AND scan_interval_ms = 2000"))
                .as("Slower on, and the next speed, once each")
                .isEqualTo(1);

        // The choices screen again after the greeting, and its Done.
        button("How the kiosk works for me").dblclick();
        heading("How the kiosk works for me");
        button("Read every screen aloud").dblclick();
        settled();
        assertThat(button("Read every screen aloud")).hasAttribute("aria-pressed", "true");
        button("Done").dblclick();
        assertThat(page.getByText("Your choices are kept for next time.")).isVisible();
        assertThat(count("SELECT COUNT(*) FROM visitor WHERE venue_id = 'double-tap' AND read_aloud"))
                .isEqualTo(1);
    }

    @Test
    void a_double_tap_in_tell_us_and_on_the_walk_away_question_is_one_press() {
        open("/tell-us");
        button("Working together with the NHS").dblclick();
        assertThat(page.getByText("Question 1 of 6")).isVisible();
        button("GOOD").dblclick();
        assertThat(page.getByText("You said GOOD. Thank you.")).isVisible();
        assertThat(page.getByText("Question 2 of 6")).isVisible();
        assertThat(count("SELECT COUNT(*) FROM answer")).as("GOOD once").isEqualTo(1);
        button("BAD").dblclick();
        heading("What was bad? Pick all that fit.");
        Locator first = page.locator(".kiosk-content [aria-pressed]").first();
        first.dblclick();
        settled();
        assertThat(first).hasAttribute("aria-pressed", "true");
        button("Done").dblclick();
        assertThat(page.getByText("Question 3 of 6")).isVisible();
        assertThat(count("SELECT COUNT(*) FROM answer")).as("BAD once").isEqualTo(2);

        // The walk-away question: a double tap on its button keeps the visitor where they were.
        page.clock().runFor(idleMillis() + 1_000);
        Locator moreTime = button("I need more time");
        assertThat(moreTime).isVisible();
        moreTime.dblclick();
        assertThat(moreTime).not().isVisible();
        settled();
        assertThat(page).hasURL(origin() + "/tell-us");
        assertThat(page.getByText("Question 3 of 6")).isVisible();
    }

    @Test
    void anna_typed_at_a_deliberate_pace_is_anna_and_a_bounce_is_one_letter() {
        open("/sign-in");
        button("No").click();
        heading("Your name");
        String typed = "";
        for (char letter : "ANNA".toCharArray()) {
            // Each press a deliberate pace after the last: the clock moves on DELIBERATE ms between them.
            page.clock().runFor(DELIBERATE);
            button(Character.toString(letter)).click();
            typed = typed.isEmpty() ? Character.toString(letter) : typed + Character.toLowerCase(letter);
            try {
                assertThat(page.locator("#visits-typed")).containsText(typed);
            } catch (AssertionError lost) {
                // Say what the guard saw, so a lost letter can be read instead of rerun.
                throw new AssertionError(
                        "after " + typed + ", the double-tap guard: "
                                + page.evaluate(
                                        "JSON.stringify({swallowed: kioskTapGuard.swallowed, quiet: kioskTapGuard.quiet,"
                                                + " now: performance.now()})"),
                        lost);
            }
        }
        assertThat(page.locator("#visits-typed")).hasText("Your name: Anna");

        // A bounce BOUNCE ms after the press is the same press.
        page.clock().runFor(DELIBERATE);
        held(() -> {
            button("N").click();
            page.clock().runFor(BOUNCE);
            button("N").click();
        });
        assertThat(page.locator("#visits-typed")).containsText("Annan");
        settled();
        assertThat(page.locator("#visits-typed")).hasText("Your name: Annan");
        assertThat(page.evaluate("window.kioskTapGuard.swallowed")).isEqualTo(1);
        assertThat(BOUNCE).isLessThan(GUARD);
        assertThat(DELIBERATE).isGreaterThan(GUARD);
    }

    /** Holds the page's clock while {@code steps} look and press; see {@link PageClock}. */
    private void held(Runnable steps) {
        PageClock.held(page, steps);
    }

    private long historyLength() {
        return ((Number) page.evaluate("history.length")).longValue();
    }

    private long idleMillis() {
        return ((Number) page.evaluate("Number(document.body.dataset.idleSeconds) * 1000")).longValue();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private void heading(String text) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(text).setLevel(1)))
                .isVisible();
    }
}
