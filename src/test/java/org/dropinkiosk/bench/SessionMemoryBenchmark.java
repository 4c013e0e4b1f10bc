package org.dropinkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.journeys.KioskBrowser;
import org.junit.jupiter.api.Test;

/**
 * Memory per open kiosk screen: heap in use after a full GC (jcmd) with N Vaadin sessions open on the
 * Sign in keyboard, beside the same number of sessions open on an empty screen in the same kiosk frame
 * (the limit: what a Vaadin session and its UI cost before the kiosk adds anything).
 * Run: {@code ./mvnw -B -o verify -Pbench -Dit.test=SessionMemoryBenchmark} (writes target/benchmarks/session-memory.md).
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 30);

    @Test
    void heap_per_open_kiosk_screen_beside_an_empty_screen() throws Exception {
        Browser browser = KioskBrowser.get();
        try (AppProcess app = AppProcess.start("session-memory", TapLatencyBenchmark.concat("--kiosk.idle-timeout=30m"))) {
            // Warm up: one session through the screens, so class loading is not counted as session memory.
            BrowserContext warm = browser.newContext();
            Page warmPage = TapLatencyBenchmark.open(warm, app, "/bench/empty-a");
            openSignIn(warmPage, app);
            // The speech warm-up fills its caches in the background after start-up: the baseline waits for it.
            app.awaitSpeechWarmUp();
            double idle = app.heapAfterGcMb();
            long[] before = app.vaadinSessionsAndUis();

            List<BrowserContext> contexts = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext c = browser.newContext();
                TapLatencyBenchmark.open(c, app, "/bench/empty-a");
                contexts.add(c);
            }
            double withEmpty = app.heapAfterGcMb();
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext c = browser.newContext();
                openSignIn(TapLatencyBenchmark.open(c, app, "/"), app);
                contexts.add(c);
            }
            double withKiosk = app.heapAfterGcMb();
            long[] after = app.vaadinSessionsAndUis();
            double rss = app.rssMb();
            contexts.forEach(BrowserContext::close);
            warm.close();

            double perEmpty = (withEmpty - idle) / SESSIONS * 1024;
            double perKiosk = (withKiosk - withEmpty) / SESSIONS * 1024;
            BenchTable table = new BenchTable("Memory per open kiosk screen (Vaadin session)");
            table.row("heap after GC per session on the Sign in keyboard (" + SESSIONS + " sessions)", perKiosk, "KB",
                    perEmpty, "per session on an empty screen in the same frame", "-");
            table.note("Heap after GC: " + BenchTable.fmt(idle) + " MB before, " + BenchTable.fmt(withEmpty) + " MB with " + SESSIONS
                    + " empty sessions, " + BenchTable.fmt(withKiosk) + " MB with " + SESSIONS + " more on Sign in; resident memory then "
                    + BenchTable.fmt(rss) + " MB.");
            table.note("Live Vaadin sessions / UIs in a heap histogram: " + before[0] + " / " + before[1] + " before, "
                    + after[0] + " / " + after[1] + " after (" + (2 * SESSIONS) + " opened).");
            table.write("session-memory");
            assertThat(withKiosk).isPositive();
        }
    }

    /** Home, then the Sign in tile, then No: the name keyboard, the biggest visitor screen. */
    private static void openSignIn(Page page, AppProcess app) {
        page.navigate(app.origin() + "/sign-in");
        page.waitForSelector(".kiosk-content > *");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("No").setExact(true)).click();
        page.waitForSelector("#visits-typed");
    }
}
