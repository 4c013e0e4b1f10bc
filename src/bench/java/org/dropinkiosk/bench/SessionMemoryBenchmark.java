package org.dropinkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Memory per open kiosk screen: heap in use after a full GC (jcmd) with N Vaadin sessions open on Home,
 * and N more on the Sign in name keyboard (the biggest visitor screen), beside N sessions open on an empty
 * screen in the same kiosk frame (the limit: what a Vaadin session and its UI cost before the kiosk adds
 * anything); three rounds of each, in turn, so the heap's own movement shows beside the figures. The
 * sessions are opened by simulated kiosks over HTTP, so hundreds fit on this machine.
 * Run: {@code ./mvnw -B -o verify -Pbench -Dit.test=SessionMemoryBenchmark} (writes target/benchmarks/session-memory.md).
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 100);
    private static final int ROUNDS = Integer.getInteger("bench.session-rounds", 3);

    @Test
    void heap_per_open_kiosk_screen_beside_an_empty_screen() throws Exception {
        try (AppProcess app = AppProcess.startWithEmptyScreens("session-memory", "--kiosk.idle-timeout=30m")) {
            // Warm up: one session through the screens, so class loading is not counted as session memory.
            openSignIn(app);
            new SimulatedKiosk(app.origin()).open("/bench/empty-a");
            // The speech warm-up fills its caches in the background after start-up: the baseline waits for it.
            app.awaitSpeechWarmUp();
            double idle = app.heapAfterGcMb();
            long[] before = app.vaadinSessionsAndUis();

            // The kiosks are kept referenced here so that nothing of theirs could end their sessions early.
            List<SimulatedKiosk> open = new ArrayList<>();
            Map<String, List<Double>> perSession = new LinkedHashMap<>();
            List<String> heaps = new ArrayList<>();
            double last = idle;
            for (int round = 1; round <= ROUNDS; round++) {
                for (String screen : SCREENS) {
                    for (int i = 0; i < SESSIONS; i++) {
                        open.add(openOn(screen, app));
                    }
                    double heap = app.heapAfterGcMb();
                    perSession.computeIfAbsent(screen, s -> new ArrayList<>()).add((heap - last) / SESSIONS * 1024);
                    heaps.add(BenchTable.fmt(heap));
                    last = heap;
                }
            }
            long[] after = app.vaadinSessionsAndUis();
            double rss = app.rssMb();
            List<String> errors = open.stream().flatMap(k -> k.errors.stream()).toList();

            double empty = mean(perSession.get(EMPTY));
            BenchTable table = new BenchTable("Memory per open kiosk screen (Vaadin session)");
            for (String screen : List.of(HOME, KEYBOARD)) {
                table.row(
                        "heap after GC per session on " + screen + " (mean of " + ROUNDS + " rounds of " + SESSIONS
                                + ")",
                        mean(perSession.get(screen)),
                        "KB",
                        empty,
                        "per session on an empty screen in the same frame, same rounds",
                        "-");
            }
            table.row(
                    "heap after GC per session, all " + open.size()
                            + " together (the heap's own movement is then small beside them)",
                    (last - idle) / open.size() * 1024,
                    "KB",
                    empty,
                    "per session on an empty screen (mean of the rounds)",
                    "-");
            perSession.forEach((screen, kb) -> table.note("Per session on " + screen + ", round by round: "
                    + String.join(", ", kb.stream().map(BenchTable::fmt).toList()) + " KB."));
            table.note("Heap after GC: " + BenchTable.fmt(idle) + " MB before, then after each hundred: "
                    + String.join(", ", heaps) + " MB; resident memory at the end " + BenchTable.fmt(rss) + " MB.");
            table.note("Live Vaadin sessions / UIs in a heap histogram: " + before[0] + " / " + before[1] + " before, "
                    + after[0] + " / " + after[1] + " after (" + open.size() + " opened).");
            table.note(
                    "Each session is opened by a simulated kiosk over HTTP (decision 916): the server keeps the same session, "
                            + "UI and components whatever the client is. The rounds show how much the heap moves by itself.");
            errors.stream().limit(5).forEach(e -> table.note("Error: " + e));
            table.write("session-memory");
            assertThat(errors).isEmpty();
            assertThat(after[0] - before[0]).as("sessions opened").isGreaterThanOrEqualTo(open.size());
        }
    }

    private static final String EMPTY = "an empty screen";
    private static final String HOME = "Home";
    private static final String KEYBOARD = "the Sign in name keyboard";
    private static final List<String> SCREENS = List.of(EMPTY, HOME, KEYBOARD);

    private static SimulatedKiosk openOn(String screen, AppProcess app) throws Exception {
        return switch (screen) {
            case EMPTY -> new SimulatedKiosk(app.origin()).open("/bench/empty-a");
            case HOME -> new SimulatedKiosk(app.origin()).open("/");
            default -> openSignIn(app);
        };
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
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
