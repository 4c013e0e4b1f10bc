package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.dropinkiosk.kiosk.ScanMode;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Switch users sign in with key presses only (a switch box sends Enter or Space). The venue's default here is
 * one-switch scanning. The page runs on Playwright's fake clock, paused, so the ring moves only when the test
 * moves time on: no test waits for the wall clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kiosk.access.scanning=one-switch", "kiosk.access.scan-interval=1500ms", "kiosk.venue-id=switch-journey"})
class SwitchScanningJourneyIT extends BrowserJourney {

    private static final long INTERVAL = 1500;
    private static final int MAX_STEPS = 60;

    /** Records what the kiosk asked the voice to say, and passes it on to the real speech script. */
    private static final String LISTEN_TO_SPEECH = """
            (() => {
              const said = [];
              window.__said = said;
              let real = null;
              const wrapped = new Proxy({}, { get: (t, key) => {
                if (key === 'say') return (text) => { said.push(text); real && real.say && real.say(text); };
                const value = real ? real[key] : undefined;
                return typeof value === 'function' ? value.bind(real) : (value !== undefined ? value : () => {});
              }});
              Object.defineProperty(window, 'kioskSpeech', { configurable: true, get: () => wrapped, set: (v) => { real = v; } });
            })();
            """;

    /** Where the scan ring is for an element: on it, on the row holding it, or elsewhere. */
    private static final String RING = """
            (el) => { const r = window.kioskScan && window.kioskScan.current();
                      return r === el ? 'on' : (r && r.contains(el) ? 'in' : 'off'); }""";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitService visits;

    @BeforeEach
    void pausedClockAndNoVisitors() {
        jdbc.sql("DELETE FROM visit WHERE venue_id = 'switch-journey'").update();
        jdbc.sql("DELETE FROM visitor WHERE venue_id = 'switch-journey'").update();
        page.addInitScript(LISTEN_TO_SPEECH);
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page.clock().install();
    }

    @Test
    void one_switch_auto_scanning_signs_in_a_new_visitor_row_then_key_with_the_ring_shown_and_spoken() {
        openPaused("/sign-in");
        assertThat(page.locator("html")).hasAttribute("data-kiosk-scan", "one-switch");
        assertThat(ring()).hasCount(1);

        // The ring moves by itself and says each item's name; the idle question is scanned too.
        page.clock().runFor(INTERVAL);
        assertThat(button("No")).hasClass(java.util.regex.Pattern.compile("kiosk-scan-ring"));
        assertThat(said()).contains("No");
        page.clock().runFor(61_000);
        Locator moreTime = button("I need more time");
        assertThat(moreTime).isVisible();
        assertThat(moreTime).hasClass(java.util.regex.Pattern.compile("kiosk-scan-ring"));
        screenshot("scan-1-idle-question");
        page.keyboard().press("Enter");
        assertThat(moreTime).not().isVisible();
        assertThat(page).hasURL(origin() + "/sign-in");

        pick(button("No"));
        heading("Your name");
        pick(button("J"));
        assertThat(page.locator("#visits-typed")).containsText("J");
        // The ring on a row of letters, then on a letter in it: look at these.
        scanUntil(page.locator(".visits-key-row", new Page.LocatorOptions().setHasText("KLMNOPQRST")), "on");
        assertThat(said()).contains("K to T");
        screenshot("scan-2-ring-on-a-row");
        page.keyboard().press("Enter");
        settle();
        scanUntil(button("O"), "on");
        assertThat(said()).contains("O");
        String outline = (String) button("O").evaluate("(el) => getComputedStyle(el).outlineWidth + ' ' + getComputedStyle(el).outlineStyle");
        assertThat(outline).isEqualTo("8px solid");
        screenshot("scan-3-ring-on-the-letter-keys");
        assertAccessible("the scan ring on the letter keys (1280x800)");
        page.setViewportSize(800, 1280);
        screenshot("scan-3-ring-on-the-letter-keys-portrait");
        assertAccessible("the scan ring on the letter keys (800x1280)");
        page.setViewportSize(1280, 800);
        page.keyboard().press("Enter");
        settle();
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
        pick(button("Next"));
        heading("Your name on the screen");
        pick(button("Yes"));

        assertThat(page.getByText("Hello Jo. You are signed in.")).isVisible();
        Visitor jo = visits.shownVisitors().stream().filter(v -> v.name().equals("Jo")).findFirst().orElseThrow();
        assertThat(jo.symbol()).isEqualTo("sun");
        assertThat(visits.isHere(jo.id())).isTrue();
        assertThat(visits.scanningOf(jo.id())).contains(ScanMode.TWO_SWITCH);
        assertThat(page.evaluate("window.kioskScan.mode()")).as("Jo's own choice, from now on").isEqualTo("two-switch");
    }

    @Test
    void two_switch_step_scanning_signs_in_a_new_visitor_and_switch_presses_keep_the_idle_question_away() {
        openPaused("/sign-in");
        page.evaluate("window.kioskScan.choose('two-switch')");
        assertThat(page.locator("html")).hasAttribute("data-kiosk-scan", "two-switch");
        Object first = page.evaluate("window.kioskScan.current().textContent");
        page.clock().runFor(10_000);
        assertThat(page.evaluate("window.kioskScan.current().textContent")).as("two switches: the ring waits").isEqualTo(first);

        // A switch press is activity: the quiet minute starts again from it.
        page.clock().runFor(45_000);
        page.keyboard().press("Space");
        assertThat(said()).contains("No");
        page.clock().runFor(45_000);
        assertThat(button("I need more time")).not().isVisible();
        page.clock().runFor(16_000);
        assertThat(button("I need more time")).isVisible();
        stepTo(button("I need more time"));
        assertThat(button("I need more time")).not().isVisible();

        stepTo(button("No"));
        heading("Your name");
        stepTo(button("E"));
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
        assertThat(visits.whoIsHere()).extracting(p -> p.name() + " " + p.symbol() + " " + p.groupId()).contains("Ed cat supporter");
    }

    @Test
    void a_returning_visitor_gets_their_own_scanning_back_when_they_sign_in() {
        Visitor bo = visits.registerAndSignIn(new NewVisitor("Bo", "fish", "none", true, false, false));
        visits.keepScanning(bo.id(), ScanMode.TWO_SWITCH);
        jdbc.sql("DELETE FROM visit WHERE venue_id = 'switch-journey'").update();

        openPaused("/sign-in");
        assertThat(page.evaluate("window.kioskScan.mode()")).isEqualTo("one-switch");
        pick(button("Yes"));
        heading("Find your name");
        pick(button("Bo with the fish"));
        assertThat(page.getByText("Hello Bo. You are signed in.")).isVisible();
        page.waitForFunction("() => window.kioskScan.mode() === 'two-switch'");
        assertThat(visits.isHere(bo.id())).isTrue();
    }

    /** Opens a screen with the page's clock paused, so only the test moves time on. */
    private void openPaused(String path) {
        open(path);
        page.waitForFunction("() => window.kioskScan && window.kioskScan.current()");
        page.clock().pauseAt(System.currentTimeMillis() + 1000);
    }

    /** One switch: lets the ring move on (by the page's clock) to the target or its row, and presses the switch. */
    private void pick(Locator target) {
        target.waitFor();
        for (int step = 0; step < MAX_STEPS; step++) {
            String where = (String) target.evaluate(RING);
            if (!where.equals("off")) {
                page.keyboard().press("Enter");
                settle();
                if (where.equals("on")) {
                    return;
                }
            } else {
                page.clock().runFor(INTERVAL);
            }
        }
        fail("the scan ring never reached " + target);
    }

    /** Two switches: Space moves the ring to the target or its row, Enter chooses. */
    private void stepTo(Locator target) {
        target.waitFor();
        for (int step = 0; step < MAX_STEPS; step++) {
            String where = (String) target.evaluate(RING);
            if (!where.equals("off")) {
                page.keyboard().press("Enter");
                settle();
                if (where.equals("on")) {
                    return;
                }
            } else {
                page.keyboard().press("Space");
            }
        }
        fail("the scan ring never reached " + target);
    }

    /**
     * Vaadin sends a press to the server from a timer, which the paused clock holds: moves the page's time on in
     * small steps until the round trip is over (a few steps; the ring moves every 1500 ms, so it stays put).
     */
    private void settle() {
        int quiet = 0;
        for (int step = 0; step < 300 && quiet < 3; step++) {
            page.clock().runFor(10);
            quiet = busy() ? 0 : quiet + 1;
        }
    }

    private boolean busy() {
        return (Boolean) page.evaluate("() => Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})"
                + ".some(c => c.isActive && c.isActive())");
    }

    private void scanUntil(Locator target, String where) {
        target.waitFor();
        for (int step = 0; step < MAX_STEPS; step++) {
            if (where.equals(target.evaluate(RING))) {
                return;
            }
            page.clock().runFor(INTERVAL);
        }
        fail("the scan ring never reached " + target);
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
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setLevel(1))).isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @SuppressWarnings("unchecked")
    private List<String> said() {
        return (List<String>) page.evaluate("window.__said");
    }
}
