package org.dropinkiosk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The script systemd runs on a venue PC (kiosk-config/venue-install/run-kiosk.sh) makes its start-up
 * cache, starts the kiosk with it (the JVM is told to refuse to start if it cannot use the cache), and
 * the kiosk becomes healthy; a second start reuses the cache instead of making it again.
 */
class VenueStartScriptIT {

    private static final Path WORK = Path.of("target/venue-start").toAbsolutePath();

    @Test
    void the_venue_script_makes_its_cache_once_and_starts_the_kiosk_with_it() throws Exception {
        deleteAll(WORK);
        Files.createDirectories(WORK);
        int javaMajor = Runtime.version().feature();
        // Refuse to start at all if the class cache cannot be used, so a silently ignored cache fails here.
        String strict = javaMajor >= 25 ? "-XX:AOTMode=on" : "-Xshare:on";

        String first = startUntilHealthy(strict, "first");
        assertThat(first).contains("Making the start-up cache");
        assertThat(WORK.resolve("cache/app")).isDirectory();
        assertThat(WORK.resolve(javaMajor >= 25 ? "cache/kiosk.aot" : "cache/kiosk.jsa"))
                .isRegularFile();

        String second = startUntilHealthy(strict, "second");
        assertThat(second).doesNotContain("Making the start-up cache").contains("Started KioskApplication");
    }

    /** Starts the script, waits for health UP, stops the kiosk; returns everything it printed. */
    private static String startUntilHealthy(String javaOptions, String name) throws Exception {
        int port = VenueScript.freePort();
        Path log = WORK.resolve(name + ".log");
        Process kiosk = VenueScript.command(
                        WORK.resolve("cache"),
                        WORK.resolve("data"),
                        javaOptions,
                        List.of("--server.port=" + port, "--kiosk.speech.warm-up=false"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long end = System.nanoTime() + Duration.ofMinutes(6).toNanos();
            while (!VenueScript.healthy(port)) {
                assertThat(kiosk.isAlive())
                        .as("the kiosk stopped while starting:%n%s", Files.readString(log))
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("healthy within 6 minutes:%n%s", Files.readString(log))
                        .isLessThan(end);
                Thread.sleep(200);
            }
        } finally {
            kiosk.destroy();
            kiosk.waitFor();
        }
        return Files.readString(log);
    }

    private static void deleteAll(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
