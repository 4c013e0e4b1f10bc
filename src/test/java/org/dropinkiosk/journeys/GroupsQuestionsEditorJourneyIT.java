package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.BeforeEach;
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
 * A volunteer changes the groups (adds one with a picture found by "coffee", renames, hides, moves one up) and the
 * Tell us questions (a set and a question added, a hard word swapped for the checker's simpler one), saves, finds
 * the YAML files written and audited, and a visitor sees both changes at once. A 10,000-letter name, a group with
 * visits being removed, and a file changed by hand while the page is open each get a plain sentence and lose nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GroupsQuestionsEditorJourneyIT extends BrowserJourney {

    static final Path CONFIG = tempFolder("groups-questions-journey-config");
    static final String VENUE = "config-editors-" + Long.toString(System.nanoTime(), 36);

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) throws IOException {
        TestConfigStore.copyOfKioskConfig(CONFIG);
        Files.createDirectories(CONFIG.resolve("pictures"));
        Files.createDirectories(CONFIG.resolve("content"));
        registry.add("kiosk.config-dir", CONFIG::toString);
        registry.add("kiosk.venue-id", () -> VENUE);
    }

    @BeforeEach
    void longerWaits() {
        // Waits for states only; the long bound is for a shared, busy test machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(45_000);
        page.setDefaultTimeout(45_000);
    }

    @Test
    @Order(1)
    void groups_are_added_renamed_hidden_and_moved_and_sign_in_offers_them_at_once() throws IOException {
        logInAsStaff("2468");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Groups").setExact(true))
                .click();
        page.waitForURL(origin() + "/staff/groups");
        Locator rows = page.locator("#groups-list > li");
        assertThat(rows).hasCount(3);
        assertThat(page.locator("#group-name-1 input")).hasValue("Speak Up group");
        settled();
        assertAccessible("the groups editor (1280x800)");
        screenshot("groups-editor");

        page.locator("#groups-new-name input").fill("Coffee club");
        page.locator("#groups-add").click();
        assertThat(rows).hasCount(4);
        button("Choose a picture for Coffee club").click();
        page.locator("#news-finder-word input").fill("coffee");
        page.locator("#news-finder-search").click();
        Locator maker = page.locator("#news-finder-tiles .news-tile[data-picture='coffee_maker']");
        maker.click();
        assertThat(maker).hasAttribute("aria-pressed", "true");
        settled();
        assertAccessible("the picture finder on the groups editor");
        screenshot("groups-editor-finder-coffee");
        page.locator("#news-finder-use").click();
        assertThat(page.locator("#groups-status"))
                .hasText("The picture coffee_maker is chosen for Coffee club. Press Save to keep it.");
        assertThat(rows.nth(3).locator("img")).hasAttribute("src", "pictures/coffee_maker.svg");

        button("Move Coffee club up").click();
        assertThat(page.locator("#group-name-3 input")).hasValue("Coffee club");
        button("Hide Coffee morning at sign-in").click();
        assertThat(rows.nth(1)).containsText("Hidden: not shown at sign-in");
        page.locator("#group-name-4 input").fill("Network group");

        // From a laptop's keyboard: Tab from the name lands on the row's buttons, Enter presses Save.
        page.locator("#group-name-4 input").focus();
        page.keyboard().press("Tab");
        assertThat(page.locator("#group-row-4 button").first()).isFocused();
        page.locator("#groups-save").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#groups-status")).hasText("Saved. The sign-in screen shows these groups now.");
        long savedAt = System.nanoTime();

        String yaml = Files.readString(CONFIG.resolve("groups.yml"));
        assertThat(yaml)
                .startsWith("# The staff area also writes this file")
                .contains("# The groups visitors choose from when they sign in for the first time.")
                .contains("- id: coffee-club\n    name: Coffee club\n    symbol: pictures/coffee_maker.svg\n")
                .contains("- name: Coffee morning\n    id: coffee-morning\n    symbol: coffee\n    hidden: true\n")
                .contains("- name: Network group\n    id: network\n");
        assertThat(yaml.indexOf("coffee-club")).isLessThan(yaml.indexOf("id: network"));
        assertThat(audit("groups-save"))
                .singleElement()
                .asString()
                .contains("4 groups, 1 hidden; added 'Coffee club'; 2 changed; removed none");
        settled();
        screenshot("groups-editor-saved");

        try (BrowserContext visitor = visitorBrowser()) {
            Page kiosk = visitor.newPage();
            kiosk.navigate(origin() + "/sign-in");
            visitorButton(kiosk, "No").click();
            for (String key : new String[] {"S", "A", "M"}) {
                visitorButton(kiosk, key).click();
            }
            visitorButton(kiosk, "Next").click();
            assertThat(kiosk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your group")))
                    .isVisible();
            assertThat(visitorButton(kiosk, "Coffee club").locator("img"))
                    .hasAttribute("src", "pictures/coffee_maker.svg");
            assertThat(visitorButton(kiosk, "Network group")).isVisible();
            assertThat(visitorButton(kiosk, "Coffee morning")).hasCount(0);
            assertThat(Duration.ofNanos(System.nanoTime() - savedAt)).isLessThan(Duration.ofSeconds(5));
            assertThat(kiosk.locator(".visits-pictures .kiosk-button-word")).hasText(new String[] {
                "Speak Up group", "Coffee club", "Network group", "No group", "I am a supporter"
            });
            kiosk.screenshot(
                    new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("groups-sign-in-after-save.png")));
        }
    }

    @Test
    @Order(2)
    void bad_input_gets_a_plain_sentence_and_the_file_is_never_lost() throws IOException {
        Path file = CONFIG.resolve("groups.yml");
        String saved = Files.readString(file);
        // Speak Up has a visit: Remove hides it, so the visit keeps its group's name.
        jdbc.sql(
                        "INSERT INTO visitor (venue_id, name, symbol, group_id, created_at) VALUES (?, 'Ann', 'star', 'speak-up', ?)")
                .params(VENUE, OffsetDateTime.now())
                .update();
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/groups");
        Locator status = page.locator("#groups-status");

        page.locator("#group-name-2 input").fill("a".repeat(10_000));
        button("Save").click();
        assertThat(status)
                .hasText("Nothing was saved yet. Group 2: the name has 10,000 letters. Use 40 letters at most.");
        assertThat(Files.readString(file)).isEqualTo(saved);
        page.locator("#group-name-2 input").fill("");
        button("Save").click();
        assertThat(status).hasText("Nothing was saved yet. Group 2: write its name.");
        page.locator("#groups-reload").click();
        assertThat(page.locator("#group-name-2 input")).hasValue("Coffee morning");

        button("Remove Speak Up group").click();
        assertThat(page.locator(".config-editor-confirm"))
                .containsText("People have signed in with Speak Up group, so it is hidden instead of removed.");
        settled();
        assertAccessible("removing a group that has visits");
        screenshot("groups-editor-remove-used");
        button("Yes, hide it").click();
        assertThat(page.locator("#group-row-1")).containsText("Hidden: not shown at sign-in");

        // Someone edits the file by hand meanwhile: the save is refused and their edit stays.
        String byHand = saved + "  - name: Art club\n    symbol: talk\n";
        Files.writeString(file, byHand);
        button("Save").click();
        assertThat(status).containsText("Not saved: someone changed groups.yml after you opened this page");
        assertThat(Files.readString(file)).isEqualTo(byHand);
        settled();
        assertAccessible("a refused save");
        screenshot("groups-editor-changed-on-disk");
        page.locator("#groups-reload").click();
        assertThat(page.locator("#groups-list > li")).hasCount(5);
        assertThat(page.locator("#group-name-5 input")).hasValue("Art club");
    }

    @Test
    @Order(3)
    void question_sets_are_changed_with_the_checker_beside_each_question_and_tell_us_shows_them() throws IOException {
        logInAsStaff("2468");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Questions").setExact(true))
                .click();
        page.waitForURL(origin() + "/staff/questions");
        assertThat(page.locator("#set-title-1 input")).hasValue("Working together with the NHS");
        assertThat(page.locator("#question-1-1")).containsText("After BAD, visitors can pick: We were not paid");
        settled();
        assertAccessible("the question sets editor (1280x800)");
        screenshot("questions-editor");

        page.locator("#set-add-question-2").click();
        Locator text = page.locator("#question-text-2-4 input");
        text.fill("Was the communication easy to understand?");
        Locator findings = page.locator("#question-findings-2-4");
        assertThat(findings).containsText("“communication” is a long word. Try “talking”.");
        settled();
        screenshot("questions-editor-checker");
        assertAccessible("a checker finding beside a question");
        findings.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use “talking”"))
                .click();
        assertThat(text).hasValue("Was the talking easy to understand?");
        assertThat(findings).not().containsText("long word");

        page.locator("#questions-new-title input").fill("Our trip");
        page.locator("#questions-add-set").click();
        page.locator("#question-text-3-1 input").fill("Did you enjoy the trip?");
        page.locator("#set-title-2 input").fill("Today at the drop-in");
        button("Move Set 3 up").click();
        assertThat(page.locator("#set-title-2 input")).hasValue("Our trip");

        page.locator("#questions-save").click();
        assertThat(page.locator("#questions-status")).hasText("Saved. Tell us shows these questions now.");
        long savedAt = System.nanoTime();
        String yaml = Files.readString(CONFIG.resolve("questions.yml"));
        assertThat(yaml)
                .startsWith("# The staff area also writes this file")
                .contains("- id: our-trip\n    title: Our trip\n    picture: talk\n")
                .contains("text: Did you enjoy the trip?")
                .contains("- id: today\n    title: Today at the drop-in\n")
                .contains("- id: was-the-talking-easy-to-understand\n")
                .contains("- id: not-paid\n");
        assertThat(audit("questions-save"))
                .singleElement()
                .asString()
                .contains("3 sets, 11 questions; added 'Our trip'");

        try (BrowserContext visitor = visitorBrowser()) {
            Page kiosk = visitor.newPage();
            kiosk.navigate(origin() + "/tell-us");
            assertThat(kiosk.locator(".ratings-set .kiosk-button-word")).hasText(new String[] {
                "Working together with the NHS", "Our trip", "Today at the drop-in", "You said, we did"
            });
            assertThat(Duration.ofNanos(System.nanoTime() - savedAt)).isLessThan(Duration.ofSeconds(5));
            // Four tiles are two rows, both above the bar: nothing to scroll at 1280x800, nor upright at 800x1280.
            assertFitsAboveTheBar(kiosk);
            kiosk.screenshot(
                    new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("questions-tell-us-after-save.png")));
            kiosk.setViewportSize(800, 1280);
            assertFitsAboveTheBar(kiosk);
            kiosk.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("questions-tell-us-after-save-portrait.png")));
            kiosk.setViewportSize(1280, 800);
            visitorButton(kiosk, "Our trip").click();
            assertThat(kiosk.locator(".kiosk-content")).containsText("Did you enjoy the trip?");
        }

        // Five sets is the most: all six tiles still fit, and a sixth set is refused in words.
        for (String title : new String[] {"Art", "Music"}) {
            page.locator("#questions-new-title input").fill(title);
            page.locator("#questions-add-set").click();
            assertThat(page.locator("#questions-status")).containsText("The set " + title + " is added");
        }
        page.locator("#questions-new-title input").fill("Walks");
        page.locator("#questions-add-set").click();
        assertThat(page.locator("#questions-status"))
                .hasText("Tell us shows at most 5 sets, so each stays a big picture. Remove a set.");
        page.locator("#question-text-4-1 input").fill("Did you like the art?");
        page.locator("#question-text-5-1 input").fill("Did you like the music?");
        page.locator("#questions-save").click();
        assertThat(page.locator("#questions-status")).hasText("Saved. Tell us shows these questions now.");
        try (BrowserContext visitor = visitorBrowser()) {
            Page kiosk = visitor.newPage();
            kiosk.navigate(origin() + "/tell-us");
            assertThat(kiosk.locator(".ratings-set")).hasCount(6);
            assertFitsAboveTheBar(kiosk);
            kiosk.screenshot(
                    new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("questions-tell-us-five-sets.png")));
            kiosk.setViewportSize(800, 1280);
            assertFitsAboveTheBar(kiosk);
            kiosk.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("questions-tell-us-five-sets-portrait.png")));
        }
    }

    private static void assertFitsAboveTheBar(Page kiosk) {
        Object room = kiosk.evaluate("() => { const tiles = [...document.querySelectorAll('.ratings-set')];"
                + " const top = document.querySelector('.kiosk-bar').getBoundingClientRect().top;"
                + " return top - Math.max(...tiles.map(t => t.getBoundingClientRect().bottom)); }");
        assertThat(((Number) room).doubleValue())
                .as("room between the last tile and the bar")
                .isGreaterThanOrEqualTo(0);
    }

    private BrowserContext visitorBrowser() {
        // Its own browser: a visitor screen in the staff member's browser would end their session.
        return KioskBrowser.get().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    private static Locator visitorButton(Page on, String name) {
        return on.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private List<String> audit(String action) {
        return jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = ? AND action = ?")
                .params(VENUE, action)
                .query(String.class)
                .list();
    }
}
