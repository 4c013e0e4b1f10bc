package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dropinkiosk.content.editor.PhotoFiles;
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
 * A volunteer makes a News page in the staff area: a block with a picture found by "coffee" and two sentences
 * (the checker offers a simpler word), saves it, and a visitor reads it on the News within 5 s. Then a photo with
 * GPS metadata is uploaded (saved without it) and a renamed program refused, and a page changed in a text editor
 * meanwhile is not overwritten. Works on its own copy of kiosk-config.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsEditorJourneyIT extends BrowserJourney {

    static final Path CONFIG = Path.of("target/news-editor-journey-config");
    static final String VENUE = "news-editor-" + Long.toString(System.nanoTime(), 36);
    static final Path PAGE_FILE = CONFIG.resolve("content/coffee-morning.md");

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) throws IOException {
        copy(Path.of("kiosk-config"), CONFIG);
        registry.add("kiosk.config-dir", () -> CONFIG.toString());
        registry.add("kiosk.venue-id", () -> VENUE);
    }

    @BeforeEach
    void longerWaits() {
        // Waits for states only; the long bound is for a shared, busy test machine.
        PlaywrightAssertions.setDefaultAssertionTimeout(45_000);
        page.setDefaultTimeout(45_000);
    }

    private Locator status() {
        return page.locator("#news-status");
    }

    private void openEditor() {
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/news/edit/coffee-morning.md");
        assertThat(page.locator("#news-title input")).hasValue("Coffee morning");
        settled();
    }

    @Test
    @Order(1)
    void a_volunteer_makes_a_page_with_a_found_picture_and_a_visitor_reads_it() throws IOException {
        logInAsStaff("2468");
        page.navigate(origin() + "/staff/news");
        assertThat(page.locator("#news-pages > li")).hasCount(8);
        assertAccessible("News pages list (1280x800)");
        screenshot("news-editor-list");

        page.locator("#news-new-title input").fill("Coffee morning");
        page.locator("#news-add").click();
        page.waitForURL(url -> url.startsWith(origin() + "/staff/news/edit/new?"));
        assertThat(page.locator("#news-title input")).hasValue("Coffee morning");
        assertThat(PAGE_FILE).as("no file until the first Save").doesNotExist();

        page.locator("#news-sentence-1-1 input").fill("Come and have a coffee with us.");
        button("Add a sentence to block 1").click();
        page.locator("#news-sentence-1-2 input").fill("We give you information about the group.");
        Locator findings =
                page.locator("#news-block-1 .news-sentence-row").nth(1).locator(".news-findings");
        assertThat(findings).containsText("“information” is a long word. Try “facts”.");
        assertThat(page.locator("#news-block-1 .news-picture")).containsText("This block has no picture.");
        settled();
        screenshot("news-editor-checker");
        assertAccessible("News editor with checker findings (1280x800)");
        button("Use “facts”").click();
        assertThat(page.locator("#news-sentence-1-2 input")).hasValue("We give you facts about the group.");
        assertThat(findings).not().containsText("long word");

        page.locator("#news-find-1").click();
        page.locator("#news-finder-word input").fill("coffee");
        page.locator("#news-finder-search").click();
        assertThat(page.locator("#news-finder-said")).containsText("pictures for “coffee”");
        // "coffee" is one of the symbols the app serves itself; the coffee maker comes from the whole Mulberry set.
        Locator coffee = page.locator("#news-finder-tiles .news-tile[data-picture='coffee_maker']");
        assertThat(coffee).isVisible();
        assertThat(page.locator("#news-finder-tiles .news-tile").first()).hasAttribute("data-picture", "coffee");
        Request said = page.waitForRequest(
                r -> r.url().contains("/speech/") && r.url().contains("text=coffee%20maker"), coffee::click);
        assertThat(said.url()).contains("text=coffee%20maker");
        assertThat(coffee).hasAttribute("aria-pressed", "true");
        settled();
        coffee.scrollIntoViewIfNeeded();
        screenshot("news-editor-finder-coffee");
        assertAccessible("picture finder results for coffee (1280x800)");
        page.locator("#news-finder-use").click();
        assertThat(page.locator("#news-block-1 .news-picture-name")).hasText("coffee_maker");
        assertThat(page.locator("#kiosk-content .content-block img").first())
                .hasAttribute("src", "pictures/coffee_maker.svg");

        page.locator("#news-listen").click();
        page.waitForSelector("#kiosk-content .kiosk-reading");
        // A visitor is reading the last News page when the volunteer saves.
        BrowserContext visitor =
                KioskBrowser.get().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        try {
            Page news = visitor.newPage();
            news.navigate(origin() + "/news");
            Locator next = news.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true));
            Locator back = news.getByRole(
                    AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back").setExact(true));
            String total = news.locator("#content-where")
                    .textContent()
                    .replaceAll(".* of ", "")
                    .strip();
            while (next.isEnabled()) {
                String where = news.locator("#content-where").textContent();
                pressAgain(next);
                assertThat(news.locator("#content-where")).not().hasText(where);
            }
            assertThat(news.locator("#content-where")).hasText("Page " + total + " of " + total);

            page.locator("#news-save").click();
            long savedAt = System.nanoTime();
            assertThat(status()).containsText("Saved.");
            page.waitForURL(origin() + "/staff/news/edit/coffee-morning.md");

            // The open News takes the new pages at its next page change: Back, then Next to the new last page.
            back.click();
            assertThat(news.locator("#content-where")).containsText(" of " + (Integer.parseInt(total) + 1));
            pressAgain(next);
            pressAgain(next);
            assertThat(news.locator("h1")).hasText("Coffee morning");
            assertThat((System.nanoTime() - savedAt) / 1_000_000)
                    .as("ms from Save to the visitor's News")
                    .isLessThan(5000);
            assertThat(news.locator(".content-block img").first()).hasAttribute("src", "pictures/coffee_maker.svg");
            assertThat(news.locator(".content-block").first()).containsText("We give you facts about the group.");
            news.screenshot(
                    new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("news-editor-visitor-sees-page.png")));
            news.setViewportSize(800, 1280);
            news.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("news-editor-visitor-sees-page-portrait.png")));
        } finally {
            visitor.close();
        }

        String file = Files.readString(PAGE_FILE);
        assertThat(file)
                .contains(
                        "title: Coffee morning",
                        "order: 9",
                        "![](coffee_maker)\nCome and have a coffee with us.\nWe give you facts about the group.\n");
        assertThat(CONFIG.resolve("pictures/coffee_maker.svg")).exists();
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE venue_id = ? ORDER BY id")
                        .param(VENUE)
                        .query(String.class)
                        .list())
                .contains("news-add");
    }

    @Test
    @Order(2)
    void a_photo_is_saved_without_its_location_and_a_renamed_program_is_refused() throws IOException {
        openEditor();
        page.locator("#news-find-1").click();
        List<String> before = pictures();
        FileChooser exe = page.waitForFileChooser(() -> button("Upload a photo").click());
        exe.setFiles(new FilePayload("holiday.jpg", "image/jpeg", PhotoFiles.windowsProgram()));
        assertThat(page.locator("#news-finder-said"))
                .hasText("That file is not a photo the kiosk can use. Choose a JPEG or PNG photo.");
        assertThat(pictures()).isEqualTo(before);

        byte[] photo = PhotoFiles.jpegWithGps(1600, 1200);
        FileChooser chooser =
                page.waitForFileChooser(() -> button("Upload a photo").click());
        chooser.setFiles(new FilePayload("IMG_0042.jpg", "image/jpeg", photo));
        assertThat(page.locator("#news-block-1 .news-picture-name")).containsText("photo-");
        String name =
                page.locator("#news-block-1 .news-picture-name").textContent().strip();
        byte[] saved = Files.readAllBytes(CONFIG.resolve("pictures").resolve(name));
        assertThat(new String(saved, StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif")
                .doesNotContain(PhotoFiles.GPS_MARK);
        page.locator("#news-save").click();
        assertThat(status()).containsText("Saved.");
        assertThat(Files.readString(PAGE_FILE)).contains("](" + name + ")");
        settled();
        screenshot("news-editor-photo");
    }

    @Test
    @Order(3)
    void a_page_changed_in_a_text_editor_meanwhile_is_not_overwritten() throws IOException {
        openEditor();
        String handEdit =
                Files.readString(PAGE_FILE).replace("Come and have a coffee with us.", "Come and have tea with us.");
        Files.writeString(PAGE_FILE, handEdit);
        page.locator("#news-sentence-1-1 input").fill("Come and have cake with us.");
        page.locator("#news-save").click();

        assertThat(status())
                .hasText(
                        "Not saved: someone changed this page since you opened it (in a text editor, or another person"
                                + " in the staff area). Press “Show the saved page” to see their change, then make yours again.");
        assertThat(Files.readString(PAGE_FILE)).isEqualTo(handEdit);
        settled();
        screenshot("news-editor-conflict");
        button("Show the saved page").click();
        assertThat(page.locator("#news-sentence-1-1 input")).hasValue("Come and have tea with us.");
        page.locator("#news-sentence-1-1 input").fill("Come and have cake with us.");
        page.locator("#news-save").click();
        assertThat(status()).containsText("Saved.");
        assertThat(Files.readString(PAGE_FILE)).contains("Come and have cake with us.");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE venue_id = ? ORDER BY id")
                        .param(VENUE)
                        .query(String.class)
                        .list())
                .containsSubsequence("news-add", "news-save");
    }

    private static List<String> pictures() throws IOException {
        try (Stream<Path> files = Files.list(CONFIG.resolve("pictures"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
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
