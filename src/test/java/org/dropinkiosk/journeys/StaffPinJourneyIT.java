package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The staff PIN from a volunteer's side: a wrong current PIN, changing the PIN (the new one works at
 * once, the old one is refused), and getting in with the recovery code while wrong PINs have locked
 * the pad; then the audit page shows the refused tries as one line and pages back.
 * In this order: the later journeys start from the PIN the earlier ones leave.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH,
            "kiosk.staff-recovery-hash=$2a$10$HF3SWBE7kY5RhKGTo3Pw3Ovjqy9V2AB6OREFARh.DcHxD3BeFehOW"
        }) // 1234 5678 9012 3456 7890
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffPinJourneyIT extends BrowserJourney {

    static final Path CONFIG = Path.of("target/pin-journey-config");
    static final String VENUE = "pin-journey-" + Long.toString(System.nanoTime(), 36);
    static final String RECOVERY = "12345678901234567890";

    @Autowired
    JdbcClient jdbc;

    /** A copy of kiosk-config, so that changing the PIN writes this copy's kiosk.yml, never the repository's. */
    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) throws IOException {
        copy(Path.of("kiosk-config"), CONFIG);
        registry.add("kiosk.config-dir", () -> CONFIG.toString());
        registry.add("kiosk.venue-id", () -> VENUE);
    }

    @Test
    @Order(1)
    void a_wrong_current_pin_gets_a_plain_sentence_and_counts_as_a_wrong_try() {
        logInAsStaff("2468");
        openChangePin();
        // with a keyboard this time: the field beside the pad, then Enter
        page.locator("#staff-pin-field input").focus();
        page.keyboard().type("9999");
        page.keyboard().press("Enter");
        assertThat(message()).hasText("That is not the current PIN. You can try 4 more times.");
        assertAccessible("change the PIN: wrong current PIN");
        screenshot("staff-change-pin-wrong-current");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = ? AND action = 'login-failed'")
                        .param(VENUE)
                        .query(String.class)
                        .list())
                .containsExactly("Wrong PIN (Change the PIN)");
        page.locator("#staff-home").click();
        page.waitForURL(origin() + "/");
    }

    @Test
    @Order(2)
    void staff_change_the_pin_and_the_new_one_works_at_once_and_the_old_one_is_refused() throws IOException {
        logInAsStaff("2468");
        openChangePin();
        assertThat(message()).hasText("Type the current PIN (or the recovery code). Then press OK.");
        assertAccessible("change the PIN");
        screenshot("staff-change-pin");
        type("2468");
        assertThat(message()).hasText("Type the new PIN (4 to 64 digits). Then press OK.");
        type("1357");
        assertThat(message()).hasText("Type the new PIN again. Then press OK.");
        type("1375");
        assertThat(message()).hasText("The two new PINs are not the same. Nothing was changed. Type the new PIN.");
        type("1357");
        type("1357");
        assertThat(message()).hasText("The PIN is changed. Use the new PIN from now on.");
        assertThat(page.locator(".staff-pin-pad")).isHidden();
        screenshot("staff-change-pin-done");
        String yml = Files.readString(CONFIG.resolve("kiosk.yml"));
        assertThat(yml).contains("# The name shown at the top of every screen.").doesNotContain("1357");
        String hash = yml.lines()
                .filter(l -> l.contains("staff-pin-hash"))
                .findFirst()
                .orElseThrow()
                .replaceAll(".*\"(.*)\"", "$1");
        assertThat(new BCryptPasswordEncoder().matches("1357", hash)).isTrue();

        page.locator("#staff-home").click();
        page.waitForURL(origin() + "/");
        logInAsStaff("1357");
        page.locator("#staff-home").click();
        page.waitForURL(origin() + "/");
        page.navigate(origin() + "/staff/login");
        typeOnPinPad(page, "2468");
        assertThat(page.locator("#staff-login-message"))
                .hasText(Pattern.compile("That PIN is not right\\. You can try \\d more times?\\."));
        assertThat(page).hasURL(origin() + "/staff/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE venue_id = ? AND action = 'pin-changed'")
                        .param(VENUE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void staff_get_in_with_the_recovery_code_during_a_lockout_and_the_audit_shows_the_refused_tries_once() {
        page.navigate(origin() + "/staff/login");
        Locator said = page.locator("#staff-login-message");
        while (!said.textContent().startsWith("Too many")) {
            String before = said.textContent();
            typeOnPinPad(page, "1111");
            assertThat(said)
                    .not()
                    .hasText(before); // each answer differs: "... 3 more times", "... 2 more times", "Too many ..."
            assertThat(said).hasText(Pattern.compile("That PIN is not right\\..*|Too many wrong PINs\\..*"));
        }
        assertThat(page.locator(".staff-pin-pad")).isHidden();
        for (int i = 0; i < 3; i++) { // refused tries over the form login, the right PIN too: one audit line
            page.request()
                    .post(
                            origin() + "/staff/login",
                            RequestOptions.create()
                                    .setMaxRedirects(0)
                                    .setForm(FormData.create()
                                            .set("username", "staff")
                                            .set("password", "1357")
                                            .set("_csrf", csrf())));
        }
        assertAccessible("staff lockout with the recovery code offered");
        screenshot("staff-lockout-recovery-offered");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Staff: use the recovery code"))
                .click();
        assertThat(said)
                .hasText(
                        "Type the recovery code from the sealed paper. Then press OK. It works even when the PIN is locked.");
        assertThat(page.locator(".staff-pin-pad")).isVisible();
        assertAccessible("recovery code on the PIN pad");
        screenshot("staff-recovery-code");
        page.setViewportSize(800, 1280);
        screenshot("staff-recovery-code-portrait");
        page.setViewportSize(1280, 800);
        typeOnPinPad(page, "12345678901234567899");
        assertThat(said).hasText("That recovery code is not right. Check the paper and type it again.");
        // the next code is taken a second after a wrong one (PinThrottleTest times the growing wait):
        // here the wrong try is moved a minute back, so the wait is over without the test waiting
        jdbc.sql(
                        "UPDATE audit_event SET at = at - INTERVAL '1' MINUTE WHERE venue_id = ? AND action = 'recovery-failed'")
                .param(VENUE)
                .update();
        typeOnPinPad(page, RECOVERY);
        page.waitForURL(origin() + "/staff");
        assertThat(jdbc.sql("SELECT repeats FROM audit_event WHERE venue_id = ? AND action = 'login-refused'")
                        .param(VENUE)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);

        seedAuditLines();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Audit").setExact(true))
                .click();
        page.waitForURL(origin() + "/staff/audit");
        page.locator("#staff-audit-words input").fill(VENUE + "-seed");
        page.locator("#staff-audit-show").click();
        Locator where = page.locator("#staff-audit-where");
        assertThat(where).hasText("Lines 1 to 50");
        assertThat(page.locator("#staff-audit tbody tr")).hasCount(50);
        assertThat(page.locator("#staff-audit-newer")).isDisabled();
        page.locator("#staff-audit-older").click();
        assertThat(where).hasText("Lines 51 to 100");
        page.locator("#staff-audit-older").click();
        assertThat(where).hasText("Lines 101 to 120");
        assertThat(page.locator("#staff-audit-older")).isDisabled();
        assertThat(page.locator("#staff-audit tbody tr").last().locator("td").nth(4))
                .hasText(VENUE + "-seed line 1");
        page.locator("#staff-audit-newer").click();
        assertThat(where).hasText("Lines 51 to 100");

        page.locator("#staff-audit-clear").click();
        page.locator("#staff-audit-kind").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Refused: PIN locked"))
                .click();
        page.locator("#staff-audit-show").click();
        assertThat(page.locator("#staff-audit tbody")).containsText("(3 times in a row, the last at");
        assertAccessible("audit page filtered");
        screenshot("staff-audit-filter");
        page.setViewportSize(800, 1280);
        screenshot("staff-audit-filter-portrait");
    }

    private void seedAuditLines() {
        OffsetDateTime start = OffsetDateTime.now().minusDays(3);
        for (int i = 1; i <= 120; i++) {
            jdbc.sql(
                            "INSERT INTO audit_event (at, venue_id, actor, action, detail) VALUES (?, ?, 'staff', 'export', ?)")
                    .params(start.plusMinutes(i), VENUE, VENUE + "-seed line " + i + " ")
                    .update();
        }
    }

    private String csrf() {
        String html = page.request().get(origin() + "/staff/login").text();
        var m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void openChangePin() {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Change the PIN").setExact(true))
                .click();
        page.waitForURL(origin() + "/staff/pin");
    }

    private Locator message() {
        return page.locator("#staff-pin-message");
    }

    /** Types on the PIN pad and presses OK; the pad shows dots for the digits before OK. */
    private void type(String digits) {
        typeOnPinPad(page, digits);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
