package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A visitor who does not read: Listen reads the Help screen aloud, sentence by sentence, word by word. */
class SpeechJourneyIT extends BrowserJourney {

    private static final String RECORDER = """
            () => {
              window.__speech = { events: [], sentences: [], words: new Set() };
              const audio = document.getElementById('kiosk-speech-audio');
              ['playing', 'ended', 'error'].forEach(e => audio.addEventListener(e, () => window.__speech.events.push(e)));
              const look = () => {
                const s = document.querySelector('.kiosk-reading');
                const text = s ? s.textContent.trim() : null;
                const list = window.__speech.sentences;
                if (text && list[list.length - 1] !== text) list.push(text);
                const w = document.querySelector('.kiosk-reading-word');
                if (w) window.__speech.words.add(w.textContent);
                requestAnimationFrame(look);
              };
              look();
            }
            """;

    @Test
    void listen_plays_the_help_screen_and_the_highlight_moves_from_sentence_to_sentence() {
        open("/help");
        page.evaluate(RECORDER);
        button("Listen").click();
        page.waitForFunction(
                "() => window.__speech.events.includes('playing')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.waitForSelector(".kiosk-reading-word");
        screenshot("speech-help-reading-landscape");
        page.waitForFunction(
                "() => window.__speech.sentences.includes('Press Home to start again.')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        @SuppressWarnings("unchecked")
        List<String> sentences = (List<String>) page.evaluate("() => window.__speech.sentences");
        assertThat(sentences)
                .containsSubsequence(
                        "Help",
                        "Ask a person with a name badge.",
                        "They are happy to help.",
                        "Press Listen to hear the screen.",
                        "Press Home to start again.");
        assertThat((Integer) page.evaluate("() => window.__speech.words.size")).isGreaterThan(5);
        // After reading, the text is as it was: no spans left behind.
        page.waitForFunction(
                "() => !document.querySelector('.kiosk-sentence')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.locator("#kiosk-content p").first())
                .hasText("Ask a person with a name badge. They are happy to help.");
    }

    @Test
    void tapping_a_sentence_reads_it_and_leaving_the_screen_stops_the_reading() {
        open("/help");
        page.evaluate(RECORDER);
        page.getByText("Press Listen to hear the screen.").click();
        page.waitForFunction(
                "() => window.__speech.events.includes('playing')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        assertThat(page.locator(".kiosk-reading")).hasText("Press Listen to hear the screen.");
        button("Home").click();
        page.waitForURL(origin() + "/");
        assertThat(page.locator(".kiosk-reading")).hasCount(0);
        assertThat((String) page.evaluate("() => document.getElementById('kiosk-speech-audio').src"))
                .contains("text=Home");
    }

    @Test
    void the_highlight_marks_the_sentences_the_server_splits_not_a_split_of_its_own() {
        open("/help");
        page.evaluate(RECORDER);
        // Written as a volunteer might: a title with a dot, a number with a dot, a quote at the end.
        page.evaluate("""
                () => { const p = document.createElement('p'); p.id = 'written-by-hand';
                  p.textContent = 'Dr. Patel comes at 10.30 today. She says "Bring tea!" See you soon.';
                  document.getElementById('kiosk-content').appendChild(p); }
                """);
        page.locator("#written-by-hand").click();
        page.waitForSelector("#written-by-hand .kiosk-reading .kiosk-reading-word");
        screenshot("speech-server-sentences-landscape");
        page.waitForFunction(
                "() => window.__speech.sentences.includes('See you soon.')",
                null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        @SuppressWarnings("unchecked")
        List<String> sentences = (List<String>) page.evaluate("() => window.__speech.sentences");
        assertThat(sentences)
                .containsExactly("Dr. Patel comes at 10.30 today.", "She says \"Bring tea!\"", "See you soon.");
    }

    @Test
    void slower_lasts_for_the_visit() {
        open("/help");
        assertThat(button("Slower")).hasAttribute("aria-pressed", "false");
        button("Slower").click();
        assertThat(button("Slower")).hasAttribute("aria-pressed", "true");
        assertThat((String) page.evaluate("() => document.getElementById('kiosk-speech-audio').src"))
                .contains("pace=slower");
        assertAccessible("Help with Slower pressed (1280x800)");
        screenshot("speech-slower-landscape");
        page.setViewportSize(800, 1280);
        screenshot("speech-slower-portrait");
        assertAccessible("Help with Slower pressed (800x1280)");
        button("Home").click();
        page.waitForURL(origin() + "/");
        assertThat(button("Slower")).hasAttribute("aria-pressed", "true");
        page.reload();
        page.waitForSelector(".kiosk-content > *");
        assertThat(button("Slower")).hasAttribute("aria-pressed", "true");
    }

    @Test
    void the_idle_reset_clears_slower() {
        page.clock().install();
        // The tab's first page is Help, then Home: the reset walks back to Help and must load Home in its place
        // (this ended on Help before the reset went by events; decision 900).
        open("/help");
        button("Slower").click();
        assertThat(button("Slower")).hasAttribute("aria-pressed", "true");
        button("Home").click();
        assertThat(page).hasURL(origin() + "/");
        // The visitor walks away: the idle timer fires on the page's controlled clock, and nobody answers.
        long idle = ((Number) page.evaluate("Number(document.body.dataset.idleSeconds) * 1000")).longValue();
        page.clock().runFor(idle + 1_000);
        assertThat(page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Are you still there?")))
                .isVisible();
        page.clock().runFor(21_000);
        awaitFreshHome();
        assertThat(button("Slower")).hasAttribute("aria-pressed", "false");
    }
}
