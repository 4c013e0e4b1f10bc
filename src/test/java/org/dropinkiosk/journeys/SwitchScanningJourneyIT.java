package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.Preference;
import org.dropinkiosk.visits.Preferences;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.dropinkiosk.visits.VisitorPreferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Switch users sign in with key presses only (a switch box sends Enter or Space). The venue's default here is
 * one-switch scanning. The page runs on Playwright's clock: time flows as usual while Vaadin talks to the
 * server, and is held only while the test reads where the ring is, moves it on ({@code runFor}) and presses
 * the switch, so the ring never moves by itself between a look and a press. No test waits for the wall clock.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.access.scanning=one-switch",
            "kiosk.access.scan-interval=1500ms",
            "kiosk.venue-id=switch-journey"
        })
class SwitchScanningJourneyIT extends BrowserJourney {

    private static final long INTERVAL = 1500;
    private static final int MAX_STEPS = 60;

    /** Where the scan ring is for an element: on it, on the row holding it, or elsewhere. */
    private static final String RING = """
            (el) => { const r = window.kioskScan && window.kioskScan.current();
                      return r === el ? 'on' : (r && r.contains(el) ? 'in' : 'off'); }""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitService visits;

    @Autowired
    VisitorPreferences preferences;

    private SpokenWords spoken;

    @BeforeEach
    void clockAndNoVisitors() {
        jdbc.sql("DELETE FROM visit WHERE venue_id = 'switch-journey'").update();
        jdbc.sql("DELETE FROM visitor WHERE venue_id = 'switch-journey'").update();
        spoken = SpokenWords.listen(page);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page.clock().install();
    }

    @Test
    void one_switch_auto_scanning_signs_in_a_new_visitor_row_then_key_with_the_ring_shown_and_spoken() {
        openScanning("/sign-in");
        assertThat(page.locator("html")).hasAttribute("data-kiosk-scan", "one-switch");
        assertThat(ring()).hasCount(1);

        // The ring moves by itself and says each item's name; the idle question is scanned too.
        held(() -> {
            while (!"on".equals(button("No").evaluate(RING))) {
                page.clock().runFor(INTERVAL);
            }
        });
        assertThat(button("No")).hasClass(Pattern.compile("kiosk-scan-ring"));
        spoken.waitFor("No");
        page.clock().runFor(idleMillis() + 1_000);
        Locator moreTime = button("I need more time");
        assertThat(moreTime).isVisible();
        assertThat(moreTime).hasClass(Pattern.compile("kiosk-scan-ring"));
        screenshot("scan-1-idle-question");
        page.keyboard().press("Enter");
        assertThat(moreTime).not().isVisible();
        assertThat(page).hasURL(origin() + "/sign-in");

        pick(button("No"));
        heading("Your name");
        pick(button("J"));
        assertThat(page.locator("#visits-typed")).containsText("J");
        // The ring on a row of letters, then on a letter in it: look at these.
        Locator row = page.locator(".visits-key-row", new Page.LocatorOptions().setHasText("KLMNOPQRST"));
        held(() -> {
            scanUntil(row);
            screenshot("scan-2-ring-on-a-row");
            page.keyboard().press("Enter");
            scanUntil(button("O"));
            String outline = (String) button("O")
                    .evaluate("(el) => getComputedStyle(el).outlineWidth + ' ' + getComputedStyle(el).outlineStyle");
            assertThat(outline).isEqualTo("8px solid");
            screenshot("scan-3-ring-on-the-letter-keys");
            page.setViewportSize(800, 1280);
            screenshot("scan-3-ring-on-the-letter-keys-portrait");
            page.setViewportSize(1280, 800);
        });
        spoken.waitFor("K to T");
        spoken.waitFor("O");
        assertAccessible("the scan ring on the letter keys (1280x800)");
        page.setViewportSize(800, 1280);
        assertAccessible("the scan ring on the letter keys (800x1280)");
        page.setViewportSize(1280, 800);
        // The checks took time, in which the ring went on round the row: back to O, then the switch.
        pick(button("O"));
        assertThat(page.locator("#visits-typed")).containsText("Jo");

        pick(button("Next"));
        heading("Your group");
        pick(button("No group"));
        heading("Your picture");
        pick(button("sun"));
        heading("How the kiosk works for me");
        assertThat(button("Switches")).containsText("One switch");
        checkBothWays("the scanning choice");
        pick(button("Switches"));
        assertThat(button("Switches")).containsText("Two switches");
        screenshot("scan-4-switches-chosen");
        assertThat(page.evaluate("window.kioskScan.mode()"))
                .as("still one switch until Jo is signed in")
                .isEqualTo("one-switch");
        pick(button("Next"));
        heading("Your name on the screen");
        pick(button("Yes"));

        assertThat(page.getByText("Hello Jo. You are signed in.")).isVisible();
        Visitor jo = visits.shownVisitors().stream()
                .filter(v -> v.name().equals("Jo"))
                .findFirst()
                .orElseThrow();
        assertThat(jo.symbol()).isEqualTo("sun");
        assertThat(visits.isHere(jo.id())).isTrue();
        assertThat(preferences.of(jo.id()).orElseThrow().values()).containsEntry(Preference.SCANNING, "two-switch");
        page.waitForFunction("() => window.kioskScan.mode() === 'two-switch'");
    }

    @Test
    void two_switch_step_scanning_signs_in_a_new_visitor_and_switch_presses_keep_the_idle_question_away() {
        openScanning("/sign-in");
        // As when a visitor who chose two switches signs in: their choice arrives with the kiosk-preferences event.
        page.evaluate("window.dispatchEvent(new CustomEvent('kiosk-preferences', {detail: {scanning: 'two-switch'}}))");
        assertThat(page.locator("html")).hasAttribute("data-kiosk-scan", "two-switch");
        Object first = page.evaluate("window.kioskScan.current().textContent");
        page.clock().runFor(10_000);
        assertThat(page.evaluate("window.kioskScan.current().textContent"))
                .as("two switches: the ring waits")
                .isEqualTo(first);

        // A switch press is activity: the quiet time starts again from it.
        long idle = idleMillis();
        page.clock().runFor(idle - 15_000);
        page.keyboard().press("Space");
        spoken.waitFor("No");
        page.clock().runFor(idle - 15_000);
        assertThat(button("I need more time")).not().isVisible();
        page.clock().runFor(16_000);
        assertThat(button("I need more time")).isVisible();
        stepTo(button("I need more time"));
        assertThat(button("I need more time")).not().isVisible();

        stepTo(button("No"));
        heading("Your name");
        stepTo(button("E"));
        assertThat(page.locator("#visits-typed")).containsText("E");
        stepTo(button("D"));
        assertThat(page.locator("#visits-typed")).containsText("Ed");
        stepTo(button("Next"));
        heading("Your group");
        stepTo(button("I am a supporter"));
        heading("Your picture");
        stepTo(button("cat"));
        heading("How the kiosk works for me");
        stepTo(button("Next"));
        heading("Your name on the screen");
        stepTo(button("No"));

        assertThat(page.getByText("Hello Ed. You are signed in.")).isVisible();
        assertThat(visits.whoIsHere())
                .extracting(p -> p.name() + " " + p.symbol() + " " + p.groupId())
                .contains("Ed cat supporter");
    }

    @Test
    void a_returning_visitor_gets_their_own_scanning_and_speed_back_when_they_sign_in() {
        Visitor bo = visits.registerAndSignIn(
                new NewVisitor("Bo", "fish", "none", true, false, false),
                Preferences.NONE.with(Preference.SCANNING, "two-switch").with(Preference.SCAN_INTERVAL, "3000"));
        jdbc.sql("DELETE FROM visit WHERE venue_id = 'switch-journey'").update();

        openScanning("/sign-in");
        assertThat(page.evaluate("window.kioskScan.mode()")).isEqualTo("one-switch");
        pick(button("Yes"));
        heading("Find your name");
        pick(button("Bo with the fish"));
        assertThat(page.getByText("Hello Bo. You are signed in.")).isVisible();
        page.waitForFunction("() => window.kioskScan.mode() === 'two-switch' && window.kioskScan.interval() === 3000");
        assertThat(visits.isHere(bo.id())).isTrue();
    }

    /** Opens a screen and waits for the scan ring on it. */
    private void openScanning(String path) {
        open(path);
        page.waitForFunction("() => window.kioskScan && window.kioskScan.current()");
    }

    /** Holds the page's clock while {@code steps} look and press; see {@link PageClock}. */
    private void held(Runnable steps) {
        PageClock.held(page, steps);
    }

    /** One switch: lets the ring move on to the target or its row, and presses the switch until the target is chosen. */
    private void pick(Locator target) {
        target.waitFor();
        held(() -> {
            for (int step = 0; step < MAX_STEPS; step++) {
                String where = (String) target.evaluate(RING);
                if (where.equals("off")) {
                    page.clock().runFor(INTERVAL);
                    continue;
                }
                page.keyboard().press("Enter");
                if (where.equals("on")) {
                    return;
                }
            }
            fail("the scan ring never reached " + target);
        });
    }

    /** Two switches: Space moves the ring to the target or its row, Enter chooses. */
    private void stepTo(Locator target) {
        target.waitFor();
        for (int step = 0; step < MAX_STEPS; step++) {
            String where = (String) target.evaluate(RING);
            if (where.equals("off")) {
                page.keyboard().press("Space");
                continue;
            }
            page.keyboard().press("Enter");
            if (where.equals("on")) {
                return;
            }
        }
        fail("the scan ring never reached " + target);
    }

    /** Inside {@link #held}: moves the ring on by the clock until it is on {@code target}. */
    private void scanUntil(Locator target) {
        for (int step = 0; step < MAX_STEPS; step++) {
            if ("on".equals(target.evaluate(RING))) {
                return;
            }
            page.clock().runFor(INTERVAL);
        }
        fail("the scan ring never reached " + target);
    }

    private long idleMillis() {
        return ((Number) page.evaluate("Number(document.body.dataset.idleSeconds) * 1000")).longValue();
    }

    private void checkBothWays(String what) {
        assertAccessible(what + " (1280x800)");
        KioskChecks.assertTargetSizes(page);
        page.setViewportSize(800, 1280);
        assertAccessible(what + " (800x1280)");
        KioskChecks.assertTargetSizes(page);
        screenshot("scan-talk-step-portrait");
        page.setViewportSize(1280, 800);
    }

    private Locator ring() {
        return page.locator(".kiosk-scan-ring");
    }

    private void heading(String text) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(text).setLevel(1)))
                .isVisible();
    }
}
