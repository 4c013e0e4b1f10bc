package org.dropinkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Start-up to healthy and resident memory after the speech warm-up of the kiosk as a venue starts it, each beside its floor measured in the same
 * run: a bare JVM that starts and waits; and the Vaadin bootstrap page beside a static file.
 * Run: {@code ./mvnw -B -o verify -Pbench -Dit.test=StartupBenchmark} (writes target/benchmarks/startup.md).
 */
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);

    @Test
    void start_up_and_memory_beside_a_bare_jvm() throws Exception {
        List<Double> appSeconds = new ArrayList<>();
        List<Double> appRss = new ArrayList<>();
        List<Double> jvmSeconds = new ArrayList<>();
        List<Double> jvmRss = new ArrayList<>();
        List<Double> pageMs = new ArrayList<>();
        List<Double> staticMs = new ArrayList<>();
        long pageBytes = 0;
        long staticBytes = 0;
        for (int run = 0; run < RUNS; run++) {
            double[] bare = bareJvm();
            jvmSeconds.add(bare[0]);
            jvmRss.add(bare[1]);
            try (AppProcess app = AppProcess.start("startup-" + run)) {
                appSeconds.add(app.secondsToHealthy);
                app.awaitSpeechWarmUp();
                for (int i = 0; i < REQUESTS; i++) {
                    long[] page = app.get("/");
                    long[] file = app.get("/styles/kiosk.css");
                    if (run == RUNS - 1) {
                        pageMs.add(page[0] / 1e6);
                        staticMs.add(file[0] / 1e6);
                        pageBytes = page[1];
                        staticBytes = file[1];
                    }
                }
                Thread.sleep(2000);
                appRss.add(app.rssMb());
            }
        }
        BenchTable table = new BenchTable("Start-up and memory");
        table.row(
                "start-up to healthy (median of " + RUNS + ")",
                BenchTable.median(appSeconds),
                "s",
                BenchTable.median(jvmSeconds),
                "a bare JVM to its first line",
                10);
        table.row(
                "resident memory after the speech warm-up (median)",
                BenchTable.median(appRss),
                "MB",
                BenchTable.median(jvmRss),
                "a bare idle JVM",
                400);
        table.row(
                "GET / (Vaadin bootstrap page, " + pageBytes + " B), p50 of " + REQUESTS,
                BenchTable.median(pageMs),
                "ms",
                BenchTable.median(staticMs),
                "GET a static file (kiosk.css, " + staticBytes + " B)",
                "-");
        table.note("Start-up runs: " + appSeconds + " s; bare JVM: " + jvmSeconds + " s.");
        table.note(
                "Started by kiosk-config/venue-install/run-kiosk.sh with its default Java options, as on a venue PC after its install; "
                        + "making the start-up cache (unpacked jar and class cache, once per install) took "
                        + BenchTable.fmt(AppProcess.cacheSeconds) + " s, not counted.");
        table.note("Memory is read after the speech warm-up has logged its end and " + REQUESTS
                + " page and file requests.");
        table.write("startup");
        assertThat(appSeconds).isNotEmpty();
    }

    /** Seconds until a bare JVM prints its first line, and its resident memory then. */
    private static double[] bareJvm() throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(
                        AppProcess.java().toString(), "-cp", "target/test-classes", IdleJvm.class.getName())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            out.readLine();
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(500);
            double rss = AppProcess.rssMb(p.pid());
            return new double[] {seconds, rss};
        } finally {
            p.destroyForcibly();
        }
    }
}
