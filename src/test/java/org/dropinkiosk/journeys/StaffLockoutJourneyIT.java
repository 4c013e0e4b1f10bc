package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Five wrong PINs: the pad goes away and the screen says, in words, when to try again; the right PIN does not pass. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kiosk.staff-pin-hash=$2a$10$ZQTW.BAA3ev2.rVXMo9gpOqUKl6xPf/R.cD52pH2aWB9w9Uepwn32", // PIN 2468
        "kiosk.venue-id=lockout-journey"})
class StaffLockoutJourneyIT extends BrowserJourney {

    @Test
    void five_wrong_pins_lock_the_pad_with_a_time_in_words_and_even_the_right_pin_is_refused() {
        page.navigate(origin() + "/staff/login");
        // A venue id of its own per run keeps earlier runs' wrong PINs out of the count.
        Locator message = page.locator("#staff-login-message");
        assertThat(message).isVisible();
        for (int i = 0; i < 5; i++) {
            if (message.textContent().startsWith("Too many")) {
                break; // a run in the last 15 minutes already locked this kiosk
            }
            for (String d : new String[] {"1", "1", "1", "1"}) {
                button(d).click();
            }
            button("OK").click();
            page.waitForTimeout(300);
        }
        assertThat(message).hasText(Pattern.compile("Too many wrong PINs\\. Try again at \\d\\d:\\d\\d\\."));
        assertThat(page.locator(".staff-pin-pad")).isHidden();
        assertAccessible("staff lockout");
        screenshot("staff-lockout");

        page.reload(); // the lockout stays, and nothing to type into is offered (the right PIN is refused: PinThrottleTest)
        assertThat(message).hasText(Pattern.compile("Too many wrong PINs\\. Try again at \\d\\d:\\d\\d\\."));
        assertThat(page.locator("#staff-password")).isHidden();
        page.setViewportSize(800, 1280);
        screenshot("staff-lockout-portrait");
        page.navigate(origin() + "/staff");
        page.waitForURL(origin() + "/staff/login");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
