package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey through the real app in headless Chromium. Every request that leaves the app's own
 * origin is recorded, and each journey fails if there was one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserJourney {

    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> offOrigin = new CopyOnWriteArrayList<>();

    protected String origin() {
        return "http://localhost:" + port;
    }

    @BeforeEach
    void openPage() {
        context = KioskBrowser.get().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.onRequest(request -> {
            String url = request.url();
            if (!url.startsWith(origin()) && !url.startsWith("data:") && !url.startsWith("blob:")) {
                offOrigin.add(url);
            }
        });
        page = context.newPage();
        // A bound that only catches a hang: every wait is for a state, and on a starved machine (load 20 on
        // 2 cores, docs/testing.md) a Vaadin round trip took over 15 s.
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        context.close();
        assertThat(offOrigin).as("requests that left the kiosk's own origin").isEmpty();
    }

    protected void open(String path) {
        page.navigate(origin() + path);
        page.waitForSelector(".kiosk-content > *");
    }

    /**
     * Waits until the screen change the browser asked for is done: the app's Vaadin client has no request
     * in flight, and two frames were drawn after it, so a late router event (decision 917) has been sent and
     * answered too. Not for pages under page.clock(): that clock holds the frames.
     */
    protected void settled() {
        page.waitForFunction("""
                async () => {
                  const idle = () => Object.values(window.Vaadin?.Flow?.clients ?? {}).every(c => !c.isActive || !c.isActive());
                  if (!idle()) return false;
                  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                  return idle();
                }""", null, new Page.WaitForFunctionOptions().setPollingInterval(50));
    }

    /**
     * Waits for the fresh Home an idle reset ends on (nothing behind Back, a screen shown), moving the page's
     * controlled clock on while the new page loads: its timers run on that clock too. The bound is generous
     * because each step is a round trip to a browser that may be starved of CPU (a stressed run, docs/testing.md).
     */
    protected void awaitFreshHome() {
        try {
            page.waitForCondition(
                    () -> {
                        if (freshHome()) {
                            return true;
                        }
                        try {
                            page.clock().runFor(200);
                        } catch (PlaywrightException pageChangedMeanwhile) {
                            // the page was replaced while its clock was moved: move the new one next time
                        }
                        return false;
                    },
                    new Page.WaitForConditionOptions().setTimeout(90_000));
        } catch (PlaywrightException notThere) {
            throw new AssertionError("no fresh Home: " + whereTheResetStopped(), notThere);
        }
    }

    private boolean freshHome() {
        try {
            return Boolean.TRUE.equals(page.evaluate("location.pathname === '/' && navigation.currentEntry.index === 0"
                    + " && !!document.querySelector('.kiosk-content > *')"));
        } catch (PlaywrightException pageChangedMeanwhile) {
            return false; // the page was replaced while asked: ask the new one
        }
    }

    /** Where a reset stopped, so a failure can be read instead of rerun. */
    private Object whereTheResetStopped() {
        return page.evaluate("JSON.stringify({url: location.href, index: navigation.currentEntry.index,"
                + " reset: sessionStorage.getItem('kiosk-idle-reset'),"
                + " refused: sessionStorage.getItem('kiosk-idle-reset-refused'),"
                + " content: !!document.querySelector('.kiosk-content > *')})");
    }

    /** Presses the link named {@code link} as staff would and keeps what the browser downloads in {@code file}. */
    protected void download(String link, Path file) {
        Download download =
                page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link))
                        .click());
        download.saveAs(file);
    }

    /** The rows of a CSV file the kiosk made: UTF-8 with a byte order mark (for Excel), then a header line. */
    protected static List<CSVRecord> csvRows(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(reader.read()).as("byte order mark").isEqualTo('\uFEFF');
            return CSVParser.builder()
                    .setReader(reader)
                    .setFormat(CSVFormat.RFC4180.builder().setHeader().get())
                    .get()
                    .getRecords();
        }
    }

    /** axe-core with the WCAG 2.2 AA rules finds nothing on what the page shows now. */
    protected void assertAccessible(String what) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        assertThat(results.getViolations())
                .as("axe-core violations on " + what + ": "
                        + results.getViolations().stream()
                                .map(v -> v.getId() + " " + v.getNodes().size() + "x")
                                .toList())
                .isEmpty();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** The button a person would name, by its accessible name exactly. */
    protected Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Presses a button again as a person does, after the double-tap guard's window (decision 1801) is over: waits
     * for the guard to say so, not for a time, so a fast machine's quick round trip does not make it a bounce.
     */
    protected static void pressAgain(Locator button) {
        awaitTapGuardQuiet(button.page());
        button.click();
    }

    /** Waits until a press now would count, whatever was pressed last (the double-tap guard's window is over). */
    protected static void awaitTapGuardQuiet(Page on) {
        on.waitForFunction("() => !window.kioskTapGuard || window.kioskTapGuard.quiet");
    }

    /** The journeys' staff PIN is 2468; this is its hash, as {@code kiosk.staff-pin-hash} holds it. */
    protected static final String PIN_2468_HASH = "$2a$10$ZQTW.BAA3ev2.rVXMo9gpOqUKl6xPf/R.cD52pH2aWB9w9Uepwn32";

    /** Types on the staff PIN pad of {@code on} and presses OK; the pad shows a dot per digit before OK. */
    protected static void typeOnPinPad(Page on, String digits) {
        for (char d : digits.toCharArray()) {
            on.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(String.valueOf(d))
                                    .setExact(true))
                    .click();
        }
        assertThat(on.locator("#staff-pin-dots"))
                .hasText("\u25CF ".repeat(digits.length()).trim());
        on.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("OK").setExact(true))
                .click();
    }

    /** Logs in on the kiosk's own PIN pad, as a volunteer does, and waits for the staff Today page. */
    protected void logInAsStaff(String pin) {
        page.navigate(origin() + "/staff/login");
        typeOnPinPad(page, pin);
        page.waitForURL(origin() + "/staff");
    }

    /** A folder of the journey's own, made before the app starts (for settings that name one). */
    protected static Path tempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
