package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every screen works under the kiosk's Content-Security-Policy in Chromium: Home, each tile and back, the
 * staff PIN pad; and neither the console nor a securitypolicyviolation event reports anything the policy refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=csp-journey"})
class ContentSecurityPolicyJourneyIT extends BrowserJourney {

    private final List<String> refused = new CopyOnWriteArrayList<>();

    private void listen() {
        page.onConsoleMessage(m -> {
            String text = m.text();
            if (text.contains("Content Security Policy")
                    || text.contains("Content-Security-Policy")
                    || text.contains("Refused to")) {
                refused.add(m.type() + ": " + text);
            }
        });
        page.onPageError(e -> refused.add("page error: " + e));
        // The browser's own report of each refusal, kept on the window for the test to read.
        page.addInitScript(
                "window.__cspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
    }

    private void noViolations(String where) {
        Object seen = page.evaluate("() => window.__cspViolations || []");
        assertThat((List<?>) seen).as("CSP violations on " + where).isEmpty();
        assertThat(refused).as("console on " + where).isEmpty();
    }

    @Test
    void every_screen_works_under_the_policy_and_chromium_reports_no_violation() {
        listen();
        open("/");
        String policy = page.evaluate("() => fetch('/').then(r => r.headers.get('Content-Security-Policy'))")
                .toString();
        System.out.println("CSP in Chromium: " + policy);
        assertThat(policy).contains("default-src 'self'");
        noViolations("Home");
        for (String tile : List.of("Sign in", "News", "What's on", "Tell us")) {
            button(tile).click();
            page.waitForURL(url -> !url.equals(origin() + "/"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .isVisible();
            screenshot("csp-" + tile.replaceAll("[^A-Za-z]+", "-").toLowerCase());
            noViolations(tile);
            page.locator("#kiosk-home").click();
            page.waitForURL(origin() + "/");
            assertThat(button("News")).isVisible();
        }
        page.setViewportSize(800, 1280);
        open("/whats-on");
        screenshot("csp-whats-on-portrait");
        noViolations("What's on (800x1280)");
        page.setViewportSize(1280, 800);
        page.navigate(origin() + "/staff/login");
        assertThat(page.getByText("Type the staff PIN. Then press OK.")).isVisible();
        typeOnPinPad(page, "2468");
        page.waitForURL(origin() + "/staff");
        assertThat(page.locator("#staff-came-today")).isVisible();
        page.navigate(origin() + "/staff/meetings");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Meetings").setLevel(1)))
                .isVisible();
        screenshot("csp-staff-meetings");
        noViolations("staff login, Today and Meetings");
    }
}
