package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "How the kiosk works for me" from Help: a visitor whose name is never shown changes their choices while signed
 * in, signs out, signs in again on a fresh page, and finds every choice back, in the database and in the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kiosk.venue-id=choices-help")
class ChoicesFromHelpJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    Visitor rae;

    @BeforeEach
    void raeCameBeforeAndHidesTheirName() {
        jdbc.sql("DELETE FROM visit WHERE venue_id = 'choices-help'").update();
        jdbc.sql("DELETE FROM visitor WHERE venue_id = 'choices-help'").update();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        rae = visits.registerAndSignIn(new NewVisitor("Rae", "star", "none", false, false, false));
        jdbc.sql("UPDATE visit SET signed_out_at = signed_in_at, visit_date = ? WHERE visitor_id = ?")
                .params(LocalDate.now(clock).minusDays(1), rae.id())
                .update();
        // The page's clock flows as usual; it is moved on only to press the same button again at a person's pace.
        page.clock().install();
    }

    @Test
    void a_choice_changed_from_help_is_back_at_the_next_sign_in() {
        // Nobody signed in on this page: Help's button asks them to sign in first.
        open("/help");
        button("How the kiosk works for me").click();
        heading("How the kiosk works for me");
        assertThat(page.getByText("Sign in first. Then you can choose how the kiosk works for you."))
                .isVisible();
        checkedBothWays("choices-0-sign-in-first");
        button("Sign in").click();
        heading("Sign in");

        findRae();
        assertThat(page.getByText("Hello Rae. You are signed in.")).isVisible();
        page.locator("#kiosk-home").click();
        page.waitForURL(origin() + "/");
        page.locator("#kiosk-help").click();
        heading("Help");
        checkedBothWays("choices-1-help");
        button("How the kiosk works for me").click();
        heading("How the kiosk works for me");
        assertThat(button("Slower speech")).hasAttribute("aria-pressed", "false");
        assertThat(button("Switches")).containsText("Off");
        assertThat(button("Time on each button")).containsText("1.5 seconds");
        button("Slower speech").click();
        assertThat(button("Slower speech")).hasAttribute("aria-pressed", "true");
        button("Time on each button").click();
        assertThat(button("Time on each button")).containsText("2 seconds");
        page.clock().runFor(500); // past the double-tap guard (350 ms) before the same button again
        button("Time on each button").click();
        assertThat(button("Time on each button")).containsText("3 seconds");
        checkedBothWays("choices-2-from-help");
        button("Done").click();
        assertThat(page.getByText("Your choices are kept for next time.")).isVisible();
        assertThat(stored())
                .containsEntry("SLOWER_SPEECH", true)
                .containsEntry("SCAN_INTERVAL_MS", 3000)
                .containsEntry("READ_ALOUD", false);

        // Going home, then a fresh page (what the idle reset leaves): nothing of Rae is left in the browser.
        open("/sign-in");
        button("Going home?").click();
        typeName();
        assertThat(page.locator(".visits-ask")).hasText("Are you Rae with the star?");
        button("Yes").click();
        assertThat(page.getByText("Goodbye Rae. You are signed out.")).isVisible();
        assertThat(visits.isHere(rae.id())).isFalse();
        page.evaluate("sessionStorage.clear()");
        open("/help");
        button("How the kiosk works for me").click();
        assertThat(page.getByText("Sign in first. Then you can choose how the kiosk works for you."))
                .isVisible();
        assertThat(page.evaluate("window.kioskScan.interval()")).isEqualTo(1500);

        // Signing in again (the same day: still one visit) brings every choice back.
        button("Sign in").click();
        findRae();
        assertThat(page.getByText("You are already signed in, Rae.")).isVisible();
        page.waitForFunction(
                "() => sessionStorage.getItem('kioskSpeech.slower') === 'true' && window.kioskScan.interval() === 3000");
        button("How the kiosk works for me").click();
        assertThat(button("Slower speech")).hasAttribute("aria-pressed", "true");
        assertThat(button("Time on each button")).containsText("3 seconds");
        assertThat(visits.isHere(rae.id())).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor WHERE venue_id = 'choices-help'")
                        .query(Integer.class)
                        .single())
                .as("Rae is one visitor")
                .isEqualTo(1);
    }

    private void findRae() {
        button("Yes").click();
        heading("Find your name");
        button("My name is not here").click();
        typeName();
        assertThat(page.locator(".visits-ask")).hasText("Are you Rae with the star?");
        button("Yes").click();
    }

    private void typeName() {
        for (String letter : new String[] {"R", "A", "E"}) {
            button(letter).click();
        }
        assertThat(page.locator("#visits-typed")).containsText("Rae");
        button("Next").click();
    }

    private Map<String, Object> stored() {
        return jdbc
                .sql("SELECT slower_speech, read_aloud, scan_mode, scan_interval_ms FROM visitor WHERE id = ?")
                .param(rae.id())
                .query()
                .singleRow()
                .entrySet()
                .stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(e -> e.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    private void checkedBothWays(String name) {
        assertAccessible(name + " (1280x800)");
        KioskChecks.assertTargetSizes(page);
        screenshot(name);
        page.setViewportSize(800, 1280);
        assertAccessible(name + " (800x1280)");
        KioskChecks.assertTargetSizes(page);
        screenshot(name + "-portrait");
        page.setViewportSize(1280, 800);
    }

    private void heading(String name) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
    }
}
