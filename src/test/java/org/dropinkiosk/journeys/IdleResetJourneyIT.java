package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor walks away mid-task on the real Sign in and Tell us screens: the kiosk asks aloud, waits
 * 20 seconds, goes Home and forgets them. The page's clock is Playwright's controlled clock: the timers
 * of the kiosk's own script fire as they would, and a quiet minute takes no real minute.
 */
class IdleResetJourneyIT extends BrowserJourney {

    /** Typed on the sign-in keyboard; found nowhere else on the kiosk's screens. */
    private static final String HALF_TYPED = "Quinn";

    @Autowired
    JdbcClient jdbc;

    private SpokenWords spoken;

    @BeforeEach
    void controlledClock() {
        jdbc.sql("DELETE FROM answer").update();
        spoken = SpokenWords.listen(page);
        page.clock().install();
    }

    private Locator question() {
        return page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Are you still there?"));
    }

    /** Sign in as a new visitor, half way: the name typed on the kiosk's keyboard, not yet sent. */
    private void halfTypeAName() {
        open("/sign-in");
        button("No").click();
        String previous = "";
        for (String key : HALF_TYPED.toUpperCase().split("")) {
            if (key.equals(previous)) {
                // The same key again at a person's pace: past the double-tap guard (350 ms, decision 1801).
                page.clock().runFor(400);
            }
            button(key).click();
            previous = key;
        }
        assertThat(page.locator("#visits-typed")).containsText(HALF_TYPED);
    }

    @Test
    void after_a_quiet_minute_on_sign_in_the_kiosk_asks_aloud_and_more_time_keeps_the_half_typed_name() {
        halfTypeAName();
        page.clock().fastForward(59_000);
        assertThat(question()).not().isVisible();
        page.clock().fastForward(2_000);
        assertThat(question()).isVisible();
        assertThat(button("I need more time")).isFocused();
        assertThat(question()).containsText("Press the button if you need more time.");
        spoken.waitFor("Are you still there?");
        assertAccessible("the idle question");
        screenshot("idle-question-landscape");
        KioskChecks.assertTargetSizes(page);
        KioskChecks.assertTextSizeAndContrast(page);

        page.keyboard().press("Enter");
        assertThat(question()).not().isVisible();
        page.clock().runFor(25_000);
        assertThat(question()).not().isVisible();
        assertThat(page).hasURL(origin() + "/sign-in");
        assertThat(page.locator("#visits-typed")).containsText(HALF_TYPED);
    }

    @Test
    void twenty_seconds_after_the_question_nothing_of_the_half_typed_name_is_left_in_the_page_or_behind_back() {
        halfTypeAName();
        page.evaluate("sessionStorage.setItem('visitor', 'left over')");
        page.setViewportSize(800, 1280);
        page.clock().runFor(61_000);
        assertThat(question()).isVisible();
        screenshot("idle-question-portrait");
        page.clock().runFor(18_000);
        assertThat(page).hasURL(origin() + "/sign-in");

        page.clock().runFor(3_000);
        awaitFreshHome();
        assertThat(button("News")).isVisible();
        assertThat(question()).not().isVisible();
        assertNothingOfTheVisitor();
        assertThat(page.evaluate("sessionStorage.length")).isEqualTo(0);
        assertThat(page.evaluate("navigation.currentEntry.index"))
                .as("pages behind Back")
                .isEqualTo(0);
        assertThat(page.context().cookies()).noneMatch(c -> c.name.equals("kiosk-reset"));

        // Back leads to no screen of the visitor: only to the browser's own blank start page, if anywhere.
        for (int i = 0; i < 3; i++) {
            page.goBack();
            assertThat(page.url()).isIn(origin() + "/", "about:blank");
            assertNothingOfTheVisitor();
        }
        // Sign in again starts afresh: the server kept nothing of the half-typed name.
        open("/sign-in");
        button("No").click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Your name").setLevel(1)))
                .isVisible();
        assertThat(page.locator("#visits-typed")).not().containsText(HALF_TYPED);
        assertNothingOfTheVisitor();
    }

    @Test
    void a_screen_that_answers_the_walk_back_cannot_put_a_page_behind_home() {
        open("/");
        button("Sign in").click();
        button("No").click();
        for (String key : "SAM".split("")) {
            button(key).click();
        }
        assertThat(page.locator("#visits-typed")).containsText("Sam");
        assertThat(((Number) page.evaluate("navigation.currentEntry.index")).intValue())
                .as("pages the reset must walk back over")
                .isPositive();
        // As a router does: a walk back in the history is answered by showing (and pushing) a screen of its own.
        page.evaluate("window.addEventListener('popstate', () => history.pushState(null, '', '/news'))");
        page.clock().runFor(61_000);
        assertThat(question()).isVisible();
        page.clock().runFor(21_000);
        // The reset goes by the browser's events alone: the clock stands still while it runs.
        try {
            page.waitForCondition(this::homeLoaded, new Page.WaitForConditionOptions().setTimeout(90_000));
        } catch (PlaywrightException notLoaded) {
            throw new AssertionError("the reset loaded no Home while the clock stood still", notLoaded);
        }
        assertThat(page.evaluate("navigation.currentEntry.index"))
                .as("pages behind Back on the first Home the reset loads")
                .isEqualTo(0);
        assertThat(page.content()).doesNotContain("Sam");
    }

    private boolean homeLoaded() {
        try {
            return Boolean.TRUE.equals(page.evaluate("location.pathname === '/' && !!document.querySelector"
                    + "('.kiosk-content > *') && sessionStorage.getItem('kiosk-idle-reset') === null"));
        } catch (PlaywrightException pageChangedMeanwhile) {
            return false;
        }
    }

    @Test
    void a_half_answered_set_is_forgotten_and_the_rating_and_the_question_are_spoken() {
        open("/tell-us");
        button("Working together with the NHS").click();
        assertThat(page.getByText("Question 1 of 6")).isVisible();
        button("GOOD").click();
        assertThat(page.getByText("You said GOOD. Thank you.")).isVisible();
        spoken.waitFor("You said GOOD. Thank you.");
        page.clock().runFor(5_000);
        assertThat(page.getByText("Question 2 of 6")).isVisible();
        screenshot("idle-tell-us-half-answered");

        page.clock().runFor(57_000);
        assertThat(question()).isVisible();
        spoken.waitFor("Are you still there?");
        page.clock().runFor(21_000);
        // The reset's retries run on the page's clock, which this test holds: wait by moving it on.
        awaitFreshHome();
        assertThat(button("News")).isVisible();
        assertThat(page.evaluate("navigation.currentEntry.index"))
                .as("pages behind Back")
                .isEqualTo(0);

        // Tell us again: the set starts at its first question, as a new sitting; the first answer stays counted once.
        open("/tell-us");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tell us what you think")))
                .isVisible();
        button("Working together with the NHS").click();
        assertThat(page.getByText("Question 1 of 6")).isVisible();
        button("BAD").click();
        // This question asks "What was bad?" next (if-bad in questions.yml); the answer is stored with the press.
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("What was bad? Pick all that fit.")))
                .isVisible();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer").query(Integer.class).single())
                .as("answers stored")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT sitting_id) FROM answer")
                        .query(Integer.class)
                        .single())
                .as("sittings: the walk-away ended the first")
                .isEqualTo(2);
    }

    @Test
    void a_fresh_home_page_with_nothing_to_forget_is_left_alone() {
        open("/");
        page.clock().runFor(61_000);
        page.clock().runFor(21_000);
        assertThat(question()).not().isVisible();
        assertThat(page.evaluate("navigation.currentEntry.index")).isEqualTo(0);
        assertThat(spoken.all()).doesNotContain("Are you still there?");
    }

    private void assertNothingOfTheVisitor() {
        if (!page.url().equals("about:blank")) {
            page.waitForSelector(".kiosk-content > *");
        }
        assertThat(page.content()).doesNotContain(HALF_TYPED);
        Object typed =
                page.evaluate("Array.from(document.querySelectorAll('input, textarea')).map(f => f.value).join('')");
        assertThat((String) typed).doesNotContain(HALF_TYPED);
    }
}
