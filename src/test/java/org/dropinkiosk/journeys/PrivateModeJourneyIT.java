package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Private mode: onlookers see neither the colour nor the word of the answer, while the kiosk still says it,
 * so a visitor who cannot read knows what was saved.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.venue-id=private-journey",
            "kiosk.ratings.private-mode=true",
            "kiosk.ratings.repeat-guard=0ms"
        })
class PrivateModeJourneyIT extends BrowserJourney {

    /** Records every phrase the server asks the page to say. */
    private static final String RECORDER = """
            () => {
              window.__said = [];
              const say = window.kioskSpeech.say;
              window.kioskSpeech.say = text => { window.__said.push(text); return say(text); };
            }
            """;

    @Test
    void the_screen_shows_only_that_the_answer_is_saved_and_the_voice_says_the_answer() {
        open("/tell-us");
        page.waitForFunction("() => !!window.kioskSpeech");
        page.evaluate(RECORDER);
        button("Working together with the NHS").click();
        assertThat(heading("Were you paid for your time?")).isVisible();
        button("BAD").click();

        assertThat(heading("Tell us more. Pick all that fit.")).isVisible();
        assertThat(page.locator(".kiosk-content")).not().containsText("What was bad");
        assertSaid("What was bad? Pick all that fit.");
        assertAccessible("private follow-up choices");
        screenshot("ratings-private-follow-up-landscape");
        button("We were not paid").click();
        button("Done").click();

        Locator feedback = page.locator(".ratings-feedback");
        assertThat(feedback).isVisible();
        assertThat(feedback).hasText("Thank you. Your answer is saved.Change my answer");
        assertThat(feedback).not().hasClass(Pattern.compile("ratings-flash"));
        assertSaid("You said BAD: We were not paid. Thank you.");
        assertAccessible("private: answer saved");
        screenshot("ratings-private-saved-landscape");
        page.setViewportSize(800, 1280);
        screenshot("ratings-private-saved-portrait");
        page.setViewportSize(1280, 800);

        button("Change my answer").click();
        assertThat(button("GOOD")).isVisible();
        button("GOOD").click();
        assertThat(feedback).hasText("Thank you. Your answer is saved.Change my answer");
        assertSaid("You said GOOD. Thank you.");
    }

    private void assertSaid(String phrase) {
        page.waitForFunction("p => window.__said.includes(p)", phrase);
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) page.evaluate("() => window.__said");
        assertThat(said).contains(phrase);
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
