package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Five wrong PINs: the pad goes away and the screen says, in words, when to try again; the right PIN,
 * sent the only way left (the form login), does not pass either.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH)
class StaffLockoutJourneyIT extends BrowserJourney {

    /** A venue id of its own per run keeps earlier runs' wrong PINs out of the count. */
    static final String VENUE = "lockout-journey-" + Long.toString(System.nanoTime(), 36);

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownVenue(DynamicPropertyRegistry registry) {
        registry.add("kiosk.venue-id", () -> VENUE);
    }

    @Test
    void five_wrong_pins_lock_the_pad_with_a_time_in_words_and_even_the_right_pin_is_refused() {
        page.navigate(origin() + "/staff/login");
        Locator message = page.locator("#staff-login-message");
        assertThat(message).hasText("Type the staff PIN. Then press OK.");
        for (String answer : new String[] {
            "You can try 4 more times.",
            "You can try 3 more times.",
            "You can try 2 more times.",
            "You can try 1 more time."
        }) {
            typeOnPinPad(page, "1111");
            assertThat(message).hasText("That PIN is not right. " + answer);
        }
        typeOnPinPad(page, "1111");
        assertThat(message).hasText(Pattern.compile("Too many wrong PINs\\. Try again at \\d\\d:\\d\\d\\."));
        assertThat(page.locator(".staff-pin-pad")).isHidden();
        assertAccessible("staff lockout");
        screenshot("staff-lockout");

        // The pad offers nothing to type now, so the right PIN goes the other way in: the form login.
        APIResponse right = page.request()
                .post(
                        origin() + "/staff/login",
                        RequestOptions.create()
                                .setForm(FormData.create()
                                        .set("username", "staff")
                                        .set("password", "2468")
                                        .set("_csrf", csrf()))
                                .setMaxRedirects(0));
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.headers().get("location")).contains("/staff/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE venue_id = ? AND action = 'login'")
                        .param(VENUE)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE venue_id = ? AND action = 'login-refused'")
                        .param(VENUE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        page.reload(); // the lockout stays, and nothing to type into is offered
        assertThat(message).hasText(Pattern.compile("Too many wrong PINs\\. Try again at \\d\\d:\\d\\d\\."));
        assertThat(page.locator("#staff-password")).isHidden();
        page.setViewportSize(800, 1280);
        screenshot("staff-lockout-portrait");
        page.navigate(origin() + "/staff");
        page.waitForURL(origin() + "/staff/login");
    }

    private String csrf() {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page.request().get(origin() + "/staff/login").text());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
