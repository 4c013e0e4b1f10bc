package org.dropinkiosk.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kiosk started as its own process, the way a venue PC starts it: the built jar, a free port, the
 * venue's start script (kiosk-config/venue-install/run-kiosk.sh) and its health answer. Shared by the
 * tests that start the kiosk that way and by the benchmarks.
 */
public final class VenueScript {

    public static final Path SCRIPT = Path.of("kiosk-config/venue-install/run-kiosk.sh");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private VenueScript() {}

    /** The Boot jar in target/, once {@code ./mvnw package} has made it. */
    public static Optional<Path> jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("drop-in-kiosk-.*\\.jar"))
                    .findFirst()
                    .map(Path::toAbsolutePath);
        }
    }

    /** A port the system says is free now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * run-kiosk.sh with the Java running this JVM, the built jar, the project's kiosk-config, these cache and data
     * folders and extra Java options, and these arguments for the kiosk.
     */
    public static ProcessBuilder command(Path cache, Path data, String moreJavaOptions, List<String> args)
            throws IOException {
        List<String> command =
                new ArrayList<>(List.of("bash", SCRIPT.toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        var env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put(
                "KIOSK_JAR",
                jar().orElseThrow(() ->
                                new IllegalStateException("No kiosk jar in target/: run ./mvnw -B package -DskipTests"))
                        .toString());
        env.put("KIOSK_CACHE_DIR", cache.toAbsolutePath().toString());
        env.put("KIOSK_CONFIG_DIR", Path.of("kiosk-config").toAbsolutePath().toString());
        env.put("KIOSK_DATA_DIR", data.toAbsolutePath().toString());
        env.put("KIOSK_MORE_JAVA_OPTS", moreJavaOptions);
        return builder;
    }

    /** Whether /actuator/health on this port answers UP now; false while the kiosk is not listening yet. */
    public static boolean healthy(int port) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            HttpResponse<String> r = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        }
    }
}
