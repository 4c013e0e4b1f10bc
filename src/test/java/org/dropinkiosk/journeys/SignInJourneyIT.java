package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new and a returning visitor sign in at the door, every step checked by axe-core and photographed. */
class SignInJourneyIT extends BrowserJourney {

    /** Records what the screen asked the voice to say, and passes it on to the real speech script if there is one. */
    private static final String LISTEN_TO_SPEECH = """
            (() => {
              const said = [], prefs = [];
              window.__said = said; window.__prefs = prefs;
              let real = null;
              const wrapped = new Proxy({}, { get: (t, key) => {
                if (key === 'say') return (text) => { said.push(text); real && real.say && real.say(text); };
                if (key === 'setPreferences') return (a, b) => { prefs.push([a, b]); real && real.setPreferences && real.setPreferences(a, b); };
                const value = real ? real[key] : undefined;
                return typeof value === 'function' ? value.bind(real) : (value !== undefined ? value : () => {});
              }});
              Object.defineProperty(window, 'kioskSpeech', { configurable: true, get: () => wrapped, set: (v) => { real = v; } });
            })();
            """;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitService visits;

    @BeforeEach
    void noVisitorsYet() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        page.addInitScript(LISTEN_TO_SPEECH);
        // Two shared cores: a round trip can take longer than Playwright's default 5 seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void a_new_visitor_types_their_name_chooses_group_and_picture_and_is_greeted() {
        open("/sign-in");
        step("Sign in", "signin-1-start");
        page.setViewportSize(800, 1280);
        assertAccessible("the first step in portrait");
        screenshot("signin-1-start-portrait");
        page.setViewportSize(1280, 800);

        button("No").click();
        step("Your name", "signin-2-keyboard-empty");
        button("Next").click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Please type your name first.");
        assertAccessible("a name that is missing");
        screenshot("signin-2-keyboard-problem");
        assertThat(said()).contains("Please type your name first.");
        assertThat(button("S").getAttribute("data-say")).isEqualTo("S");
        for (String key : List.of("S", "A", "M")) {
            button(key).click();
        }
        assertThat(page.locator("#visits-typed")).containsText("Sam");
        screenshot("signin-2-keyboard-sam");
        page.setViewportSize(800, 1280);
        assertAccessible("the keyboard in portrait");
        screenshot("signin-2-keyboard-portrait");
        page.setViewportSize(1280, 800);

        button("Keyboard order").click();
        assertThat(page.locator(".visits-key-row").first()).containsText("QWERTYUIOP");
        screenshot("signin-2-keyboard-qwerty");
        button("Letters with accents").click();
        assertThat(button("É")).isVisible();
        assertAccessible("the accented letters");
        screenshot("signin-2-keyboard-accents");
        button("Letters").click();
        button("A B C order").click();
        assertThat(page.locator(".visits-key-row").first()).containsText("ABCDEFGHIJ");

        button("Next").click();
        step("Your group", "signin-3-group");
        button("Speak Up group").click();

        step("Your picture", "signin-4-picture");
        button("sun").click();

        step("How the kiosk works for me", "signin-5-talk");
        button("Slower speech").click();
        assertThat(button("Slower speech")).hasAttribute("aria-pressed", "true");
        assertThat(button("Slower speech")).containsText("On");
        screenshot("signin-5-talk-slower-on");
        button("Next").click();

        step("Your name on the screen", "signin-6-show-name");
        button("Yes").dblclick();

        assertThat(page.getByText("Hello Sam. You are signed in.")).isVisible();
        assertAccessible("hello");
        screenshot("signin-7-hello");
        assertThat(said()).contains("Hello Sam. You are signed in.");
        assertThat(page.evaluate("JSON.stringify(window.__prefs[window.__prefs.length - 1])"))
                .isEqualTo("[true,false]");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor").query(Integer.class).single())
                .as("visitors after a double tap")
                .isEqualTo(1);
        assertThat(visits.whoIsHere())
                .extracting(p -> p.name() + " " + p.symbol() + " " + p.groupId())
                .containsExactly("Sam sun speak-up");

        // The hello screen's own timer goes Home. Back is pressed only when Home has arrived and the client's
        // router has caught up: pressed sooner, the router's late event of the Home move (decision 917) can
        // land after Back and take the kiosk Home again, under the sign-in address.
        page.waitForURL(origin() + "/", new Page.WaitForURLOptions().setTimeout(12_000));
        assertThat(button("News")).isVisible();
        settled();
        page.goBack();
        page.waitForURL(Pattern.compile(".*/sign-in$"));
        settled();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        assertThat(page.locator(".kiosk-content")).not().containsText("Sam");
        screenshot("signin-8-after-back");
    }

    @Test
    void a_returning_visitor_finds_their_picture_is_told_when_already_in_and_goes_home() {
        Visitor ada = visits.registerAndSignIn(new NewVisitor("Ada", "cat", "none", true, true, false));
        visits.registerAndSignIn(new NewVisitor("Zed", "dog", "none", false, false, false));
        jdbc.sql("DELETE FROM visit").update();

        open("/sign-in");
        button("Yes").click();
        step("Find your name", "signin-returning-1-grid");
        assertThat(page.locator(".kiosk-content")).not().containsText("Zed");
        button("Ada with the cat").click();
        assertThat(page.getByText("Hello Ada. You are signed in.")).isVisible();
        assertThat(page.evaluate("JSON.stringify(window.__prefs[window.__prefs.length - 1])"))
                .as("Ada's slower speech")
                .isEqualTo("[true,false]");

        open("/sign-in");
        button("Yes").click();
        button("Ada with the cat").click();
        assertThat(page.getByText("You are already signed in, Ada.")).isVisible();
        assertAccessible("already signed in");
        screenshot("signin-returning-2-already");
        assertThat(visits.countToday()).isEqualTo(1);

        button("Going home?").click();
        assertThat(page.getByText("Goodbye Ada. You are signed out.")).isVisible();
        assertAccessible("goodbye");
        screenshot("signin-returning-3-goodbye");
        assertThat(visits.isHere(ada.id())).isFalse();
        assertThat(said()).contains("You are already signed in, Ada.", "Goodbye Ada. You are signed out.");
    }

    @Test
    void many_names_are_found_by_their_first_letter() {
        for (String name : List.of(
                "Ada", "Abel", "Ben", "Bea", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "José", "Łukasz",
                "王芳")) {
            visits.registerAndSignIn(new NewVisitor(name, "sun", "none", true, false, false));
        }
        open("/sign-in");
        button("Yes").click();
        step("Find your name", "signin-returning-letters");
        button("Letter Ł").click();
        assertThat(button("Łukasz with the sun")).isVisible();
        assertAccessible("the names with Ł");
        screenshot("signin-returning-letter-chosen");
    }

    private void step(String heading, String screenshotName) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(heading).setLevel(1)))
                .isVisible();
        assertAccessible(heading);
        screenshot(screenshotName);
    }

    @SuppressWarnings("unchecked")
    private List<String> said() {
        return (List<String>) page.evaluate("window.__said");
    }
}
