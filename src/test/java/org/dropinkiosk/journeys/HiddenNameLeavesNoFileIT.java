package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.dropinkiosk.KioskApplication;
import org.dropinkiosk.speech.Pace;
import org.dropinkiosk.speech.SpeechService;
import org.dropinkiosk.staff.Retention;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor who hides their name signs in at the real screen, in Chromium, with the real speech script:
 * the greeting is said and Listen reads the screen. Staff erase them, the kiosk restarts, and then no
 * file in the data folder but the database holds the name, in any case.
 */
class HiddenNameLeavesNoFileIT {

    private static final String NAME = "Quinn";
    private final Path data =
            Path.of("target", "hidden-name-" + System.nanoTime()).toAbsolutePath();
    private final List<String> spoken = new CopyOnWriteArrayList<>();

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KioskApplication.class)
                .run(
                        "--server.port=0",
                        "--kiosk.data-dir=" + data,
                        "--kiosk.venue-id=hidden-name",
                        "--kiosk.speech.warm-up=false");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void no_file_but_the_database_holds_a_hidden_visitors_name_after_sign_in_erasure_and_restart() throws Exception {
        ConfigurableApplicationContext app = start();
        String origin = "http://localhost:" + port(app);
        try (BrowserContext browser =
                KioskBrowser.get().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = browser.newPage();
            page.setDefaultTimeout(20_000);
            // What the speech script played: media events do not bubble, so they are caught on the way down.
            page.addInitScript("window.__played = []; document.addEventListener('playing', e => "
                    + "window.__played.push(decodeURIComponent(e.target.currentSrc)), true);");
            page.navigate(origin + "/sign-in");
            page.waitForSelector(".kiosk-content > *");
            button(page, "No").click();
            for (String letter : List.of("Q", "U", "I", "N", "N")) {
                BrowserJourney.awaitTapGuardQuiet(page); // the second N at a person's pace, not a bounce
                button(page, letter).click();
            }
            assertThat(page.locator("#visits-typed")).containsText(NAME);
            // Listen reads the typed name as "Your name: Quinn"; stop once that was played.
            listenUntilPlayed(page, "Your name: " + NAME);
            page.locator("#kiosk-listen").click();
            button(page, "Next").click();
            button(page, "No group").click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your picture"))
                    .waitFor();
            assertThat(page.locator(".visits-pictures button")).hasCount(12);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserJourney.SCREENSHOTS.resolve("hidden-name-pictures.png")));
            page.setViewportSize(800, 1280);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserJourney.SCREENSHOTS.resolve("hidden-name-pictures-portrait.png")));
            page.setViewportSize(1280, 800);
            button(page, "sun").click();
            button(page, "Next").click();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your name on the screen"))
                    .waitFor();
            button(page, "No").click(); // the name is hidden; the greeting is said at once
            waitUntilPlayed(page, "Hello " + NAME + ". You are signed in.");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(BrowserJourney.SCREENSHOTS.resolve("hidden-name-hello.png")));
            listenUntilPlayed(page, "Hello " + NAME + ".");
            spoken.addAll(page.evaluate("window.__played").toString().lines().toList());
        } finally {
            System.out.println("Speech played: " + spoken);
        }
        assertThat(spoken.toString())
                .as("the browser asked for the name and played it")
                .contains("Hello " + NAME + ". You are signed in.");

        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long id = jdbc.sql("SELECT id FROM visitor WHERE name = ? AND venue_id = 'hidden-name'")
                .param(NAME)
                .query(Long.class)
                .single();
        app.getBean(Retention.class).erase(id, "staff");
        app.close();

        ConfigurableApplicationContext again = start();
        try {
            HttpResponse<String> after = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + port(again) + "/speech/audio?text=Welcome"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
            // The sound of the name is not kept either: no cache file is named by the key of what was said.
            SpeechService speech = again.getBean(SpeechService.class);
            for (String text :
                    List.of("Hello " + NAME + ". You are signed in.", "Hello " + NAME + ".", "Your name: " + NAME)) {
                String key = speech.key(text, Pace.NORMAL);
                assertThat(data.resolve("speech-cache")
                                .resolve(key.substring(0, 2))
                                .resolve(key + ".wav"))
                        .as(text)
                        .doesNotExist();
            }
        } finally {
            again.close();
        }

        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = data.relativize(file).toString();
                if (isDatabase(name)) {
                    continue;
                }
                checked.add(name);
                String bytes =
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                assertThat(bytes).as(name).doesNotContain(NAME.toLowerCase(Locale.ROOT));
            }
        }
        System.out.println("Files checked for the hidden name: " + checked.size() + " " + checked);
        assertThat(checked).as("speech cache files were written and checked").anyMatch(f -> f.endsWith(".timings"));
    }

    private static void waitUntilPlayed(Page page, String text) {
        page.waitForFunction("t => window.__played.some(src => src.endsWith('text=' + t))", text);
    }

    /** Presses Listen once nothing plays (a press while playing stops) and waits until {@code text} played. */
    private static void listenUntilPlayed(Page page, String text) {
        page.waitForFunction("() => !window.kioskSpeech.playing");
        page.locator("#kiosk-listen").click();
        waitUntilPlayed(page, text);
    }

    /** The H2 files and backups (copies of the database); every other file is checked. */
    private static boolean isDatabase(String relative) {
        return relative.endsWith(".mv.db") || relative.endsWith(".trace.db") || relative.startsWith("backups");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
