package org.dropinkiosk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.journeys.VenueScript;

/** The kiosk started as a separate process by the venue's own run-kiosk.sh, the way a venue PC runs it, on a fresh data folder. */
final class AppProcess implements AutoCloseable {

    /** How long a start may take before it counts as failed ({@code -Dbench.start-minutes}); minutes on a loaded machine. */
    static final int START_MINUTES = Integer.getInteger("bench.start-minutes", 10);

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Process process;
    final double secondsToHealthy;
    final Path log;

    private AppProcess(int port, Process process, double secondsToHealthy, Path log) {
        this.log = log;
        this.port = port;
        this.process = process;
        this.secondsToHealthy = secondsToHealthy;
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Starts the jar and waits until /actuator/health says UP; the clock starts before the JVM is forked. */
    static AppProcess start(String name, String... extraArgs) throws Exception {
        return start(
                name, List.of(), Files.createTempDirectory(Path.of("target"), "bench-data-" + name + "-"), extraArgs);
    }

    /** Starts the jar with the empty limit screens added (kiosk/ui/BenchRoutes, by the agent of {@link EmptyScreens}). */
    static AppProcess startWithEmptyScreens(String name, String... extraArgs) throws Exception {
        return start(
                name,
                EmptyScreens.jar(),
                List.of(),
                Files.createTempDirectory(Path.of("target"), "bench-data-" + name + "-"),
                extraArgs);
    }

    /** Seconds the one-off start-up cache of the kiosk's own jar took to make (an install's work, not counted in any start), or -1. */
    static double cacheSeconds = -1;

    /** Jars whose start-up cache this run has made. */
    private static final Set<Path> PREPARED = new HashSet<>();

    /**
     * Makes the start-up cache of this jar once (unpacked jar and class cache, see run-kiosk.sh): target/kiosk-cache
     * for the kiosk's own jar, target/kiosk-cache-empty-screens for the copy with the empty screens.
     */
    static synchronized void prepareCache(Path jar) throws Exception {
        if (!PREPARED.add(jar)) {
            return;
        }
        long start = System.nanoTime();
        Path log = Path.of("target/benchmarks/start-up-cache" + suffix(jar) + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder prepare = script(jar, List.of(), Path.of("target/bench-data-cache"), "--prepare")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (prepare.start().waitFor() != 0) {
            throw new IllegalStateException("run-kiosk.sh --prepare failed; see " + log);
        }
        if (suffix(jar).isEmpty()) {
            cacheSeconds = (System.nanoTime() - start) / 1e9;
        }
    }

    private static String suffix(Path jar) {
        return jar.equals(EmptyScreens.JAR.toAbsolutePath()) ? "-empty-screens" : "";
    }

    /** The venue's own start script with this jar: every benchmark starts the kiosk the way a venue PC does. */
    private static ProcessBuilder script(Path jar, List<String> jvmArgs, Path data, String... args) throws IOException {
        ProcessBuilder script = VenueScript.command(
                Path.of("target/kiosk-cache" + suffix(jar)), data, String.join(" ", jvmArgs), List.of(args));
        script.environment().put("KIOSK_JAR", jar.toString());
        return script;
    }

    private static Path builtJar() throws IOException {
        return VenueScript.jar()
                .orElseThrow(() -> new IllegalStateException("No kiosk jar in target/: run ./mvnw verify -Pbench"));
    }

    /**
     * Starts the kiosk by run-kiosk.sh (which execs Java, so the process is the JVM) with these extra JVM
     * options on this data folder (which may hold a database already). The clock starts after the start-up
     * cache exists, as on a venue PC after its install, and before the JVM is forked.
     */
    static AppProcess start(String name, List<String> jvmArgs, Path data, String... extraArgs) throws Exception {
        return start(name, builtJar(), jvmArgs, data, extraArgs);
    }

    private static AppProcess start(String name, Path jar, List<String> jvmArgs, Path data, String... extraArgs)
            throws Exception {
        prepareCache(jar);
        int port = VenueScript.freePort();
        // Simulated kiosks all ask from one address: the per-client speech limit is for one real browser.
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--kiosk.speech.requests-per-minute=100000",
                "--kiosk.speech.request-burst=100000"));
        args.addAll(List.of(extraArgs));
        Path log = Path.of("target/benchmarks", name + ".log");
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process process = script(jar, jvmArgs, data, args.toArray(String[]::new))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        while (!VenueScript.healthy(port)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The kiosk stopped while starting; see " + log);
            }
            if (System.nanoTime() - start > Duration.ofMinutes(START_MINUTES).toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "The kiosk was not healthy within " + START_MINUTES + " minutes; see " + log);
            }
            Thread.sleep(50);
        }
        return new AppProcess(port, process, (System.nanoTime() - start) / 1e9, log);
    }

    /** Waits until the speech warm-up, which runs in the background after start-up, has logged its end. */
    void awaitSpeechWarmUp() throws Exception {
        awaitLog("Speech warm-up after start-up", Duration.ofMinutes(5));
    }

    /** Waits until the app's log has a line containing this text (for example the end of the speech warm-up). */
    void awaitLog(String text, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (!Files.readString(log).contains(text)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("No '" + text + "' in " + log + " within " + limit);
            }
            Thread.sleep(100);
        }
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    /** Resident memory of the process now, in MB, from /proc/<pid>/status. */
    double rssMb() throws IOException {
        return rssMb(process.pid());
    }

    static double rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("No VmRSS for " + pid);
    }

    /** Round-trip time of one GET in milliseconds, and the body's size. */
    long[] get(String path) throws Exception {
        long t = System.nanoTime();
        HttpResponse<byte[]> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(origin() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return new long[] {System.nanoTime() - t, r.body().length};
    }

    /**
     * Heap in use right after a full collection, in MB, from {@code jcmd <pid> GC.run} and {@code GC.heap_info}:
     * the sum over the heap's generations (Serial: DefNew + Tenured; G1: one line), not Metaspace.
     */
    double heapAfterGcMb() throws Exception {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        long usedK = 0;
        boolean found = false;
        Pattern generation = Pattern.compile("\\btotal \\d+K, used (\\d+)K");
        for (String line : info.split("\n")) {
            Matcher used = generation.matcher(line);
            if (used.find() && !line.contains("Metaspace") && !line.contains("space")) {
                usedK += Long.parseLong(used.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("No heap figure in jcmd GC.heap_info: " + info);
        }
        return usedK / 1024.0;
    }

    String jcmd(String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /**
     * Live Vaadin sessions and UIs in the app now, counted in a heap histogram ({@code jcmd GC.class_histogram},
     * which collects first): {sessions, UIs}. The actuator's metrics need a staff login, so they are not used.
     */
    long[] vaadinSessionsAndUis() throws Exception {
        long sessions = 0;
        long uis = 0;
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length >= 4) {
                String type = cols[3];
                if (type.endsWith("VaadinSession") && type.startsWith("com.vaadin")) {
                    sessions += Long.parseLong(cols[1]);
                } else if (type.equals("com.vaadin.flow.component.UI")) {
                    uis += Long.parseLong(cols[1]);
                }
            }
        }
        return new long[] {sessions, uis};
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
