package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every visitor screen, and every step and dialog inside it, at 1280x800 and 800x1280: axe-core's
 * WCAG 2.2 AA rules find nothing, targets, text size and contrast meet the kiosk's floors
 * ({@link KioskChecks}), and with the internet cut off nothing is asked of anywhere else. In landscape
 * the whole walk is done with the keyboard alone (Tab, then Enter or Space in turn), and on every state
 * Tab reaches every target with a visible ring; in portrait it is done by touch. Screens this walk does
 * not know (new {@code @Route}s) are found by route scanning and checked as they open.
 */
class EveryScreenAccessibilityIT extends BrowserJourney {

    /** Screens this walk goes through step by step; any other visitor route is checked as it opens. */
    private static final Set<String> WALKED =
            Set.of("/", "/help", "/credits", "/sign-in", "/news", "/whats-on", "/tell-us", "/tell-us/you-said-we-did");
    /** The server ignores a second press on a question within 1.5 s (a shaky double tap). */
    private static final long REPEAT_GUARD_MS = 1_600;

    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String AXE = AxeBuilder.getAxeScript();
    private static final List<String> CHECKED = new ArrayList<>();
    private static double smallestMain = Double.MAX_VALUE;
    private static double smallestOther = Double.MAX_VALUE;
    private static double smallestText = Double.MAX_VALUE;
    private static double lowestContrast = Double.MAX_VALUE;
    private static int tabbedTargets;
    private static int axeRuns;

    @Autowired
    JdbcClient jdbc;

    private String orientation;
    private boolean byKeyboard;
    private int presses;
    private long lastAnswer;
    private int states;

    @BeforeEach
    void cleanAndOffline() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        jdbc.sql("DELETE FROM answer").update();
        jdbc.sql("DELETE FROM reply").update();
        for (int i = 1; i <= 4; i++) {
            jdbc.sql(
                            "INSERT INTO reply (venue_id, you_said, we_did, symbol, created_at) VALUES ('main', ?, ?, 'today', CURRENT_TIMESTAMP)")
                    .params("The room was too cold, week " + i + ".", "We bought a heater.")
                    .update();
        }
        // The hall has no internet: anything asked of elsewhere is refused (and BrowserJourney fails the test).
        context.route(
                url -> !url.startsWith(origin()) && !url.startsWith("data:") && !url.startsWith("blob:"),
                route -> route.abort("internetdisconnected"));
        // The page's timers run only when the walk says so: no idle question in the middle, no wait for the next
        // question.
        page.clock().install();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @Test
    void every_screen_and_dialog_in_landscape_done_with_the_keyboard_alone() {
        orientation = "landscape";
        byKeyboard = true;
        walk("Bo");
    }

    @Test
    void every_screen_and_dialog_in_portrait_done_by_touch() {
        orientation = "portrait";
        page.setViewportSize(800, 1280);
        walk("Al");
    }

    private void walk(String name) {
        homeAndHelp();
        signInAsNewVisitor(name);
        signInAgainAndLeave(name);
        news();
        whatsOn();
        tellUs();
        youSaidWeDid();
        idleQuestion();
        newScreens();
    }

    private void homeAndHelp() {
        open("/");
        check("home");
        press(button("Help"));
        heading("Help");
        check("help");
        press(button("Pictures and voice"));
        heading("Pictures and voice");
        check("credits");
    }

    /** A whole sign-in as a new visitor: name on the big keyboard (all three pages), group, picture, talk, show name. */
    private void signInAsNewVisitor(String name) {
        open("/sign-in");
        heading("Sign in");
        check("sign-in start");
        press(button("No"));
        heading("Your name");
        press(button("Next"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Please type your name first.");
        check("sign-in keyboard, name missing");
        for (String letter : name.toUpperCase(Locale.ROOT).split("")) {
            press(button(letter));
        }
        assertThat(page.locator("#visits-typed")).containsText(name);
        checkAgain("sign-in keyboard A B C");
        press(button("Keyboard order"));
        assertThat(page.locator(".visits-key-row").first()).containsText("QWERTYUIOP");
        checkAgain("sign-in keyboard QWERTY");
        press(button("Letters with accents"));
        assertThat(button("É")).isVisible();
        check("sign-in keyboard accents");
        press(button("Letters"));
        press(button("A B C order"));
        press(button("Next"));
        heading("Your group");
        check("sign-in group");
        press(button("No group"));
        heading("Your picture");
        check("sign-in picture");
        press(page.locator(".visits-pictures .kiosk-button").first());
        heading("How the kiosk works for me");
        press(button("Slower speech"));
        assertThat(button("Slower speech")).hasAttribute("aria-pressed", "true");
        check("sign-in talk");
        press(button("Next"));
        heading("Your name on the screen");
        check("sign-in show name");
        press(button("Yes"));
        assertThat(page.getByText("Hello " + name + ". You are signed in.")).isVisible();
        check("sign-in hello");
    }

    private void signInAgainAndLeave(String name) {
        open("/sign-in");
        press(button("Yes"));
        heading("Find your name");
        check("sign-in find your name");
        open("/sign-in");
        press(button("Going home?"));
        check("sign-in going home");
        press(page.locator(".kiosk-content button")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first());
        assertThat(page.getByText("Goodbye " + name + ". You are signed out.")).isVisible();
        check("sign-in goodbye");
    }

    private void news() {
        open("/news");
        for (int number = 1; ; number++) {
            assertThat(page.locator("#content-where")).containsText("Page " + number + " of");
            // The pages' blocks are the same parts in both orientations: axe-core reads each page once, in landscape.
            check("news page " + number, byKeyboard || number == 1);
            Locator next = page.locator("#content-next");
            if (next.isDisabled()) {
                break;
            }
            press(next);
        }
        press(page.locator("#content-back"));
    }

    private void whatsOn() {
        open("/whats-on");
        heading("What's on");
        check("what's on");
    }

    /** A whole set: GOOD, BAD then Change my answer, Not sure, Skip...; then Did someone help you? and thanks. */
    private void tellUs() {
        open("/tell-us");
        heading("Tell us what you think");
        check("tell us: choose a set");
        press(button(byKeyboard ? "Working together with the NHS" : "Today"));
        List<String> answers = byKeyboard
                ? List.of("GOOD", "BAD", "Not sure", "Skip", "BAD", "GOOD")
                : List.of("GOOD", "Skip", "Not sure");
        for (int i = 0; i < answers.size(); i++) {
            assertThat(page.getByText("Question " + (i + 1) + " of " + answers.size()))
                    .isVisible();
            if (i == 0) {
                check("tell us: a question");
            }
            answer(answers.get(i));
            if (answers.get(i).equals("BAD")) { // these questions ask "What was bad?" (if-bad in questions.yml)
                heading("What was bad? Pick all that fit.");
                if (i == 1) {
                    check("tell us: follow-up choices");
                }
                answer("Skip");
            }
            if (i == 0) {
                check("tell us: after a press");
            }
            if (i == 1) {
                answer("Change my answer");
                assertThat(button("GOOD")).isVisible();
                answer("GOOD");
            }
            assertThat(page.locator(".ratings-said")).isVisible();
            page.clock().fastForward(5_000);
        }
        heading("Did someone help you answer?");
        check("tell us: did someone help you");
        answer("Yes");
        heading("Thank you");
        check("tell us: thanks");
        Integer stored =
                jdbc.sql("SELECT COUNT(*) FROM answer").query(Integer.class).single();
        assertThat(stored).as("answers stored from the set").isEqualTo(answers.size());
    }

    private void answer(String name) {
        long wait = lastAnswer + REPEAT_GUARD_MS - System.currentTimeMillis();
        if (wait > 0) {
            page.waitForTimeout(wait);
        }
        press(button(name));
        lastAnswer = System.currentTimeMillis();
    }

    private void youSaidWeDid() {
        open("/tell-us");
        press(button("You said, we did"));
        assertThat(page.getByText("You said: The room was too cold, week 4.")).isVisible();
        check("you said, we did, page 1");
        press(button("Next"));
        assertThat(page.getByText("You said: The room was too cold, week 1.")).isVisible();
        checkAgain("you said, we did, page 2");
        press(button("Back to Tell us"));
        heading("Tell us what you think");
    }

    /** The walk-away question, over a screen with something on it. */
    private void idleQuestion() {
        open("/help");
        // The quiet time passes on the page's controlled clock, so the kiosk's own timer opens the question.
        page.clock().runFor(idleMillis() + 1_000);
        Locator question =
                page.getByRole(AriaRole.ALERTDIALOG, new Page.GetByRoleOptions().setName("Are you still there?"));
        assertThat(question).isVisible();
        // Any key counts as "still here" and closes the question, so Tab is not walked here: the button
        // has the focus (with its ring) as the question opens, and Enter or Space presses it.
        boolean keyboard = byKeyboard;
        byKeyboard = false;
        check("idle question: are you still there?");
        byKeyboard = keyboard;
        Locator moreTime = button("I need more time");
        if (byKeyboard) {
            assertThat(moreTime).isFocused();
            KioskChecks.assertFocusVisible(page);
            page.keyboard().press(presses++ % 2 == 0 ? "Enter" : " ");
        } else {
            moreTime.click();
        }
        assertThat(question).not().isVisible();
        heading("Help");
    }

    private long idleMillis() {
        return ((Number) page.evaluate("Number(document.body.dataset.idleSeconds) * 1000")).longValue();
    }

    /** Screens added after this walk was written are checked as they open, found from their routes. */
    private void newScreens() {
        List<String> routes = OfflineJourneyIT.visitorRoutes();
        assertThat(routes).containsAll(WALKED);
        for (String path : routes) {
            if (!WALKED.contains(path)) {
                open(path);
                check("new screen " + path);
            }
        }
    }

    /** All checks on what the page shows now. */
    private void check(String state) {
        check(state, true);
    }

    /** The kiosk's floors and the keyboard on a state axe-core has already seen in all but its letters. */
    private void checkAgain(String state) {
        check(state, false);
    }

    private void check(String state, boolean axe) {
        long start = System.nanoTime();
        page.evaluate("document.fonts.ready");
        // Measure what stays on the screen, not a frame of a press's short flash (ratings.css).
        page.evaluate("Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))");
        screenshot("a11y-" + orientation + "-" + String.format("%02d", ++states) + "-"
                + state.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
        long shot = System.nanoTime();
        if (axe) {
            assertNoAxeViolations(state + " (" + orientation + ")");
            synchronized (CHECKED) {
                axeRuns++;
            }
        }
        long axed = System.nanoTime();
        KioskChecks.Figures figures = KioskChecks.assertKioskFloors(page);
        long floors = System.nanoTime();
        int targets = byKeyboard ? KioskChecks.assertTabReachesEverything(page) : 0;
        System.out.printf(
                Locale.ROOT,
                "a11y %s %-40s screenshot %4d ms, axe %4d ms, floors %4d ms, tab %4d ms (%d targets)%n",
                orientation,
                state,
                (shot - start) / 1_000_000,
                (axed - shot) / 1_000_000,
                (floors - axed) / 1_000_000,
                (System.nanoTime() - floors) / 1_000_000,
                targets);
        synchronized (CHECKED) {
            CHECKED.add(orientation + ": " + state);
            smallestMain = Math.min(smallestMain, figures.smallestMainTarget());
            smallestOther = Math.min(smallestOther, figures.smallestOtherTarget());
            smallestText = Math.min(smallestText, figures.smallestText());
            lowestContrast = Math.min(lowestContrast, figures.lowestContrast());
            tabbedTargets += targets;
        }
    }

    /**
     * axe-core with the same WCAG 2.2 AA tags as {@link #assertAccessible}, but put into each page once
     * and asked for violations only: the same findings in a fraction of the time.
     */
    @SuppressWarnings("unchecked")
    private void assertNoAxeViolations(String what) {
        if (Boolean.FALSE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        List<String> violations = (List<String>) page.evaluate("""
                (tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                  .then(r => r.violations.map(v => v.id + ' ' + v.nodes.length + 'x: ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))""", AXE_TAGS);
        assertThat(violations).as("axe-core violations on " + what).isEmpty();
    }

    /** Presses a button the way this walk is done: by touch, or Tab until it has focus and then Enter or Space. */
    private void press(Locator target) {
        awaitTapGuardQuiet(page); // the walk presses Next after Next: a person's pace, not a bounce
        if (!byKeyboard) {
            target.click();
            return;
        }
        assertThat(target).isVisible();
        boolean focused = false;
        for (int i = 0; i < 150 && !focused; i++) {
            page.keyboard().press("Tab");
            focused = (Boolean) target.evaluate("e => e === document.activeElement");
        }
        assertThat(focused).as("Tab reaches " + target).isTrue();
        KioskChecks.assertFocusVisible(page);
        page.keyboard().press(presses++ % 2 == 0 ? "Enter" : " ");
    }

    @AfterAll
    static void report() throws IOException {
        if (CHECKED.isEmpty()) {
            return;
        }
        String summary = String.format(
                Locale.ROOT,
                """
                Accessibility on every screen (EveryScreenAccessibilityIT)
                  screen states checked: %d (%d landscape by keyboard, %d portrait by touch)
                  targets Tab reached, each with a ring: %d
                  smallest main target: %.0f px (floor %d)
                  smallest other target: %.0f px (floor %d)
                  smallest text: %.1f px (floor %.0f)
                  lowest contrast: %.2f:1 (floor %.0f:1)
                  axe-core WCAG 2.2 AA runs: %d, violations: 0
                """,
                CHECKED.size(),
                CHECKED.stream().filter(s -> s.startsWith("landscape")).count(),
                CHECKED.stream().filter(s -> s.startsWith("portrait")).count(),
                tabbedTargets,
                smallestMain,
                KioskChecks.MAIN_TARGET_PX,
                smallestOther,
                KioskChecks.OTHER_TARGET_PX,
                smallestText,
                KioskChecks.TEXT_PX,
                lowestContrast,
                KioskChecks.CONTRAST,
                axeRuns);
        System.out.println(summary);
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target/accessibility-figures.txt"),
                summary + "\nStates:\n  " + String.join("\n  ", new TreeSet<>(CHECKED)) + "\n");
    }

    private void heading(String name) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
    }
}
