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
 * Tap-to-screen-change in Chromium, Home and Help in turn, measured inside the page from the tap to the
 * next frame after the new screen is in place; idle, and with other kiosk sessions tapping all the time.
 * Its limit, in the same run: a tap on a button whose server side does nothing (Listen), from the tap
 * to the end of its round trip. Run: {@code ./mvnw -B -o verify -Pbench -Dit.test=TapLatencyBenchmark}.
 */
class TapLatencyBenchmark {

    private static final int TAPS = Integer.getInteger("bench.taps", 500);
    private static final int BUSY = Integer.getInteger("bench.busy-sessions", 20);

    /** Taps the button with this id and resolves with the milliseconds until the screen changed and was drawn. */
    static final String TAP = """
            (id) => new Promise((resolve) => {
              const content = document.getElementById('kiosk-content');
              const before = content.firstElementChild;
              const t0 = performance.now();
              // A screen that never changes counts as a failed tap (-1), not a hang.
              const giveUp = setTimeout(() => { seen.disconnect(); resolve(-1); }, 10000);
              const seen = new MutationObserver(() => {
                if (content.firstElementChild && content.firstElementChild !== before) {
                  seen.disconnect();
                  clearTimeout(giveUp);
                  requestAnimationFrame(() => resolve(performance.now() - t0));
                }
              });
              seen.observe(content, { childList: true });
              document.getElementById(id).click();
            })""";

    /** Taps a button whose server listener does nothing and resolves with the round trip in milliseconds. */
    static final String EMPTY_ROUND_TRIP = """
            (id) => new Promise((resolve) => {
              const t0 = performance.now();
              const watch = new PerformanceObserver((list) => {
                for (const e of list.getEntries()) {
                  if (e.name.includes('v-r=uidl') && e.startTime >= t0) { watch.disconnect(); resolve(e.responseEnd - t0); }
                }
              });
              watch.observe({ type: 'resource' });
              setTimeout(() => { watch.disconnect(); resolve(-1); }, 10000);
              document.getElementById(id).click();
            })""";

    /** A busy kiosk: taps Home and Help in turn for as long as the page is open. */
    static final String KEEP_TAPPING = """
            () => { (async () => {
              const tap = %s;
              for (;;) {
                await tap(location.pathname.endsWith('/help') ? 'kiosk-home' : 'kiosk-help');
                await new Promise((r) => setTimeout(r, 200));
              }
            })(); }""".formatted(TAP);

    @Test
    void tap_latency_idle_and_with_busy_sessions_beside_an_empty_round_trip() throws Exception {
        Browser browser = KioskBrowser.get();
        try (AppProcess app = AppProcess.start("tap-latency", "--kiosk.idle-timeout=30m")) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            Page page = open(context, app);
            taps(page, 50);
            List<Double> idle = taps(page, TAPS);
            List<Double> empty = emptyRoundTrips(page, Math.max(100, TAPS / 5));

            List<BrowserContext> busy = new ArrayList<>();
            for (int i = 0; i < BUSY; i++) {
                BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                open(other, app).evaluate(KEEP_TAPPING);
                busy.add(other);
            }
            Thread.sleep(3000);
            List<Double> loaded = taps(page, TAPS);
            List<Double> emptyLoaded = emptyRoundTrips(page, Math.max(100, TAPS / 5));
            double rss = app.rssMb();
            busy.forEach(BrowserContext::close);
            context.close();

            BenchTable table = new BenchTable("Tap to screen change (Home and Help in turn, Chromium)");
            double emptyIdle = BenchTable.median(empty);
            double emptyBusy = BenchTable.median(emptyLoaded);
            for (double p : new double[] {50, 95, 99}) {
                table.row("idle, p" + (int) p + " of " + idle.size(), BenchTable.percentile(idle, p), "ms",
                        BenchTable.percentile(empty, p), "a tap with an empty server round trip (p" + (int) p + ")",
                        p == 95 ? "at most 100 ms" : "-");
            }
            for (double p : new double[] {50, 95, 99}) {
                table.row(BUSY + " sessions busy, p" + (int) p + " of " + loaded.size(), BenchTable.percentile(loaded, p), "ms",
                        BenchTable.percentile(emptyLoaded, p), "the same empty round trip while busy", "-");
            }
            table.note("Empty round trip medians: " + BenchTable.fmt(emptyIdle) + " ms idle, " + BenchTable.fmt(emptyBusy) + " ms busy.");
            table.note("Resident memory of the app with " + (BUSY + 1) + " sessions open: " + BenchTable.fmt(rss) + " MB.");
            table.note("Measured inside the page: from the tap to the frame after the new screen is in the DOM.");
            table.write("tap-latency");
            assertThat(idle).hasSize(TAPS);
        }
    }

    private static Page open(BrowserContext context, AppProcess app) {
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(app.origin() + "/");
        page.waitForSelector(".kiosk-content > *");
        return page;
    }

    private static List<Double> taps(Page page, int count) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String button = ((String) page.evaluate("location.pathname")).endsWith("/help") ? "kiosk-home" : "kiosk-help";
            double ms = ((Number) page.evaluate(TAP, button)).doubleValue();
            if (ms < 0) {
                throw new IllegalStateException("A tap on " + button + " did not change the screen within 10 s (tap " + i + ")");
            }
            times.add(ms);
        }
        return times;
    }

    private static List<Double> emptyRoundTrips(Page page, int count) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double ms = ((Number) page.evaluate(EMPTY_ROUND_TRIP, "kiosk-listen")).doubleValue();
            if (ms >= 0) {
                times.add(ms);
            }
        }
        return times;
    }
}
