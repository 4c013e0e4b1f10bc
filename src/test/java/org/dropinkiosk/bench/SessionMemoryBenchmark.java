package org.dropinkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Memory per open kiosk screen: heap in use after a full GC (jcmd) with N Vaadin sessions open on Home,
 * and N more on the Sign in name keyboard (the biggest visitor screen), beside N sessions open on an empty
 * screen in the same kiosk frame (the limit: what a Vaadin session and its UI cost before the kiosk adds
 * anything). The sessions are opened by simulated kiosks over HTTP, so a few hundred fit on this machine.
 * Run: {@code ./mvnw -B -o verify -Pbench -Dit.test=SessionMemoryBenchmark} (writes target/benchmarks/session-memory.md).
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 100);

    @Test
    void heap_per_open_kiosk_screen_beside_an_empty_screen() throws Exception {
        try (AppProcess app = AppProcess.start("session-memory", TapLatencyBenchmark.concat("--kiosk.idle-timeout=30m"))) {
            // Warm up: one session through the screens, so class loading is not counted as session memory.
            openSignIn(app);
            new SimulatedKiosk(app.origin()).open("/bench/empty-a");
            // The speech warm-up fills its caches in the background after start-up: the baseline waits for it.
            app.awaitSpeechWarmUp();
            double idle = app.heapAfterGcMb();
            long[] before = app.vaadinSessionsAndUis();

            // The kiosks are kept referenced here so that nothing of theirs could end their sessions early.
            List<SimulatedKiosk> open = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                open.add(new SimulatedKiosk(app.origin()).open("/bench/empty-a"));
            }
            double withEmpty = app.heapAfterGcMb();
            for (int i = 0; i < SESSIONS; i++) {
                open.add(new SimulatedKiosk(app.origin()).open("/"));
            }
            double withHome = app.heapAfterGcMb();
            for (int i = 0; i < SESSIONS; i++) {
                open.add(openSignIn(app));
            }
            double withKeyboard = app.heapAfterGcMb();
            long[] after = app.vaadinSessionsAndUis();
            double rss = app.rssMb();
            List<String> errors = open.stream().flatMap(k -> k.errors.stream()).toList();

            double perEmpty = (withEmpty - idle) / SESSIONS * 1024;
            double perHome = (withHome - withEmpty) / SESSIONS * 1024;
            double perKeyboard = (withKeyboard - withHome) / SESSIONS * 1024;
            BenchTable table = new BenchTable("Memory per open kiosk screen (Vaadin session)");
            table.row("heap after GC per session on Home (" + SESSIONS + " sessions)", perHome, "KB",
                    perEmpty, "per session on an empty screen in the same frame", "-");
            table.row("heap after GC per session on the Sign in name keyboard (" + SESSIONS + " sessions)", perKeyboard, "KB",
                    perEmpty, "per session on an empty screen in the same frame", "-");
            table.note("Heap after GC: " + BenchTable.fmt(idle) + " MB before, " + BenchTable.fmt(withEmpty) + " MB with " + SESSIONS
                    + " sessions on an empty screen, " + BenchTable.fmt(withHome) + " MB with " + SESSIONS + " more on Home, "
                    + BenchTable.fmt(withKeyboard) + " MB with " + SESSIONS + " more on the name keyboard; resident memory then "
                    + BenchTable.fmt(rss) + " MB.");
            table.note("Live Vaadin sessions / UIs in a heap histogram: " + before[0] + " / " + before[1] + " before, "
                    + after[0] + " / " + after[1] + " after (" + (3 * SESSIONS) + " opened).");
            table.note("Each session is opened by a simulated kiosk over HTTP (decision 916): the server keeps the same session, "
                    + "UI and components whatever the client is.");
            errors.stream().limit(5).forEach(e -> table.note("Error: " + e));
            table.write("session-memory");
            assertThat(errors).isEmpty();
            assertThat(after[0] - before[0]).as("sessions opened").isGreaterThanOrEqualTo(3L * SESSIONS);
        }
    }

    /** Home, then the Sign in tile, then No: the name keyboard, the biggest visitor screen. */
    private static SimulatedKiosk openSignIn(AppProcess app) throws Exception {
        SimulatedKiosk kiosk = new SimulatedKiosk(app.origin()).open("/");
        kiosk.tap("Sign in");
        kiosk.tap("No");
        if (!kiosk.has("A") || !kiosk.has("Next")) {
            throw new IllegalStateException("No name keyboard after Sign in, No: " + kiosk.screenText());
        }
        return kiosk;
    }
}
