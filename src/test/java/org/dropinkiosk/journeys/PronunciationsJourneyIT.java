package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A volunteer at the kiosk's touchscreen (no keyboard) adds how the voice says "Stroud" by pressing the keys of the
 * on-screen keyboard only, hears it with Listen, saves it, and the voice says it the new way at once; the keyboard
 * never covers the field being typed into at 1280x800. Then the file is changed by hand while the page is open and
 * a save is refused with a plain sentence, and an empty word is named by its row.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH, "kiosk.venue-id=pronunciations-journey"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PronunciationsJourneyIT extends BrowserJourney {

    static final Path CONFIG = tempFolder("pronunciations-journey-config");

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) throws IOException {
        TestConfigStore.copyOfKioskConfig(CONFIG);
        registry.add("kiosk.config-dir", CONFIG::toString);
    }

    @Test
    @Order(1)
    void a_pronunciation_typed_only_on_the_screen_keyboard_is_heard_saved_and_spoken_at_once() throws IOException {
        logInAsStaff("2468");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pronunciations"))
                .click();
        page.waitForURL(origin() + "/staff/pronunciations");
        Locator rows = page.locator(".staff-pronunciation");
        assertThat(rows.first().locator(".pronunciation-word input")).hasValue("Gloucestershire");
        Locator keyboard = page.locator("#staff-keyboard");
        assertThat(keyboard).isHidden();

        page.locator("#pronunciations-add").click();
        Locator row = rows.last();
        Locator word = row.locator(".pronunciation-word input");
        assertThat(word).isFocused();
        assertThat(keyboard).isVisible();
        tapKeys("Stroud");
        assertThat(word).hasValue("Stroud");
        assertAboveTheKeyboard(row.locator("vaadin-text-field.pronunciation-word"));
        settled();
        screenshot("staff-keyboard-pronunciations-word");
        assertAccessible("pronunciations with the on-screen keyboard open");

        row.locator(".pronunciation-say input").click();
        assertThat(keyboard).isVisible();
        tapKeys("Strowd");
        assertThat(row.locator(".pronunciation-say input")).hasValue("Strowd");
        assertAboveTheKeyboard(row.locator("vaadin-text-field.pronunciation-say"));
        keyboard.locator("[data-action=kb-done]").click();
        assertThat(keyboard).isHidden();
        settled();

        Response heard = page.waitForResponse(
                r -> r.url().contains("/speech/audio") && r.url().contains("text=Strowd"),
                () -> row.locator(".pronunciation-listen").click());
        assertThat(heard.status()).isEqualTo(200);
        assertThat(heard.headerValue("content-type")).isEqualTo("audio/wav");

        page.locator("#pronunciations-save").click();
        assertThat(page.locator("#pronunciations-said"))
                .hasText("Saved. The kiosk says these words the new way from now on.");
        String saved = Files.readString(CONFIG.resolve("pronunciations.yml"));
        assertThat(saved)
                .contains("  - word: Stroud\n    say: Strowd\n")
                .contains("  - word: Gloucestershire\n")
                .contains("# The staff area also writes this file")
                .contains("\n# How the kiosk voice should say words");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE action = 'pronunciations'")
                        .query(String.class)
                        .list())
                .containsExactly("Saved pronunciations.yml: 8 words; 1 added, 0 changed, 0 removed");
        // the voice's own key for "Stroud" is now the key for "Strowd": the same sound, without a restart
        assertThat(speechKey("Go to Stroud")).isEqualTo(speechKey("Go to Strowd"));
        screenshot("staff-pronunciations-saved");
    }

    @Test
    @Order(2)
    void a_file_changed_by_hand_while_the_page_is_open_is_kept_and_an_empty_word_is_named_by_its_row()
            throws IOException {
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/pronunciations");
        Locator rows = page.locator(".staff-pronunciation");
        assertThat(rows.first().locator(".pronunciation-word input")).not().hasValue("");
        int count = rows.count();

        page.locator("#pronunciations-add").click();
        page.locator("#pronunciations-save").click();
        Locator said = page.locator("#pronunciations-said");
        assertThat(said).containsText("Word " + (count + 1) + ": write the word as it is written, or press Remove.");
        assertThat(said).containsText("Nothing was saved yet.");
        screenshot("staff-pronunciations-empty-word");

        rows.last().locator(".pronunciation-remove").click();
        assertThat(said).hasText("The word is taken off this page. Press Save to take it out of the file.");
        assertThat(rows).hasCount(count);

        // a laptop's own keyboard: Tab does not bring the screen keyboard, a real key typed sends it away for
        // the rest of the page, and real keys type as always
        Locator keyboard = page.locator("#staff-keyboard");
        Locator firstWord = rows.first().locator(".pronunciation-word input");
        Locator firstSay = rows.first().locator(".pronunciation-say input");
        firstWord.click();
        assertThat(keyboard).isVisible();
        page.keyboard().press("Tab");
        assertThat(firstSay).isFocused();
        assertThat(keyboard).isHidden();
        firstSay.click();
        assertThat(keyboard).isVisible();
        page.keyboard().press("End");
        page.keyboard().type(" too");
        assertThat(keyboard).isHidden();
        assertThat(firstSay).hasValue("Gloster sheer too");
        firstWord.click();
        assertThat(firstWord).isFocused();
        assertThat(keyboard).isHidden();

        Path file = CONFIG.resolve("pronunciations.yml");
        String byHand = Files.readString(file) + "  - word: Painswick\n    say: Paynz wick\n";
        Files.writeString(file, byHand);
        page.locator("#pronunciations-save").click();
        assertThat(said).containsText("someone changed pronunciations.yml after you opened this page");
        assertThat(Files.readString(file)).isEqualTo(byHand);
        assertThat(firstSay).hasValue("Gloster sheer too");
        assertAccessible("pronunciations after a refused save");
    }

    @Test
    @Order(3)
    void every_staff_text_field_gets_the_keyboard_and_the_pin_page_keeps_its_own_pad() {
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/audit");
        Locator keyboard = page.locator("#staff-keyboard");
        Locator words = page.locator("#staff-audit-words input");
        words.click();
        assertThat(keyboard).isVisible();
        tapKeys("Saved pronunciations");
        assertThat(words).hasValue("Saved pronunciations");
        assertAboveTheKeyboard(page.locator("#staff-audit-words"));
        settled();
        screenshot("staff-keyboard-audit-words");
        assertAccessible("audit with the on-screen keyboard open");
        keyboard.locator("[data-action=kb-done]").click();
        assertThat(keyboard).isHidden();
        page.locator("#staff-audit-show").click();
        assertThat(page.locator("#staff-audit")).containsText("Saved pronunciations.yml");

        // a date box opens its own big calendar instead: the keyboard would cover it
        page.locator("#staff-audit-from input").click();
        assertThat(page.locator("#staff-audit-from")).hasAttribute("opened", Pattern.compile(".*"));
        assertThat(keyboard).isHidden();
        settled();
        screenshot("staff-keyboard-audit-date");
        page.keyboard().press("Escape");

        page.navigate(origin() + "/staff/pin");
        page.locator("#staff-pin-field input").click();
        assertThat(page.locator("#staff-pin-field input")).isFocused();
        assertThat(keyboard).isHidden();
    }

    /** Presses the on-screen keys for {@code text}: Capital before a capital letter, Space for a space. */
    private void tapKeys(String text) {
        Locator keyboard = page.locator("#staff-keyboard");
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                keyboard.locator("[data-action=kb-space]").click();
                continue;
            }
            if (Character.isUpperCase(c)) {
                keyboard.locator("[data-action=kb-shift]").click();
            }
            keyboard.locator(".staff-keyboard-layer-letters [data-key=\"" + Character.toLowerCase(c) + "\"]")
                    .click();
        }
    }

    /** The field is wholly on screen, above the keyboard; the keyboard fits the 1280x800 screen, keys at least 48 px. */
    private void assertAboveTheKeyboard(Locator field) {
        BoundingBox kb = page.locator("#staff-keyboard").boundingBox();
        BoundingBox f = field.boundingBox();
        assertThat(f.y).as("field top").isGreaterThanOrEqualTo(0);
        assertThat(f.y + f.height)
                .as("field bottom against keyboard top " + kb.y)
                .isLessThanOrEqualTo(kb.y);
        assertThat(kb.y + kb.height).as("keyboard bottom").isLessThanOrEqualTo(800);
        assertThat(kb.y).as("keyboard top").isGreaterThan(300);
        assertThat(page.evaluate("() => { const k = document.getElementById('staff-keyboard');"
                        + " return k.scrollHeight <= k.clientHeight && k.scrollWidth <= k.clientWidth; }"))
                .isEqualTo(true);
        assertThat(page.evaluate("() => Math.min(...[...document.querySelectorAll('#staff-keyboard button')]"
                        + ".filter(b => b.offsetParent).map(b => Math.min(b.offsetWidth, b.offsetHeight)))"))
                .satisfies(min -> assertThat(((Number) min).doubleValue()).isGreaterThanOrEqualTo(48));
    }

    private String speechKey(String text) {
        APIResponse response = page.request()
                .get(origin() + "/speech/timings?pace=normal&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(200);
        return response.headers().get("etag");
    }
}
