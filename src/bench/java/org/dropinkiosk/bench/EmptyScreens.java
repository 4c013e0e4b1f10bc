package org.dropinkiosk.bench;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dropinkiosk.journeys.VenueScript;

/**
 * The kiosk's jar with the empty limit screens ({@code kiosk/ui/BenchRoutes}) added, for the benchmarks only: a copy
 * of the built jar in target/bench/ with the routes' classes and their service file (Vaadin finds the listener
 * through {@code META-INF/services}) in its {@code BOOT-INF/classes}. The kiosk's own jar never has them. A copy,
 * not a Java agent: an agent's module would stop the JVM from using run-kiosk.sh's start-up class cache. The
 * service file is not a test resource: left in target/test-classes, it would add the routes to every test's app.
 */
final class EmptyScreens {

    static final Path JAR = Path.of("target/bench/drop-in-kiosk-with-empty-screens.jar");
    private static final Path CLASSES = Path.of("target/test-classes");
    private static final Path SERVICE_FOLDER = Path.of("src/bench/empty-screens");
    private static final String SERVICE = "META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener";

    /** Whether this run has made the copy (a copy left by an earlier build would hold an older kiosk). */
    private static boolean made;

    private EmptyScreens() {}

    /** Makes the copy from the jar just built (once per benchmark run) and returns it. */
    static synchronized Path jar() throws IOException {
        if (made) {
            return JAR.toAbsolutePath();
        }
        Path built = VenueScript.jar()
                .orElseThrow(() -> new IllegalStateException("No kiosk jar in target/: run ./mvnw verify -Pbench"));
        Files.createDirectories(JAR.getParent());
        Path partial = JAR.resolveSibling(JAR.getFileName() + ".part");
        Files.copy(built, partial, StandardCopyOption.REPLACE_EXISTING);
        // Unchanged entries (the nested jars, which must stay stored) are copied as they are.
        try (FileSystem jar = FileSystems.newFileSystem(partial)) {
            for (String file : files()) {
                Path into = jar.getPath("BOOT-INF/classes", file);
                Files.createDirectories(into.getParent());
                Path from = file.equals(SERVICE) ? SERVICE_FOLDER.resolve(file) : CLASSES.resolve(file);
                Files.copy(from, into, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(partial, JAR, StandardCopyOption.REPLACE_EXISTING);
        made = true;
        return JAR.toAbsolutePath();
    }

    /** The routes' classes (BenchRoutes and its nested screens) and the service file, relative to test-classes. */
    private static List<String> files() throws IOException {
        List<String> files = new ArrayList<>(List.of(SERVICE));
        Path routes = CLASSES.resolve("org/dropinkiosk/kiosk/ui");
        try (Stream<Path> classes = Files.list(routes)) {
            classes.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith("BenchRoutes"))
                    .sorted()
                    .forEach(f -> files.add("org/dropinkiosk/kiosk/ui/" + f));
        }
        if (files.size() < 2 || !Files.isRegularFile(SERVICE_FOLDER.resolve(SERVICE))) {
            throw new IllegalStateException(
                    "No BenchRoutes classes or service file in " + CLASSES + ": run with -Pbench");
        }
        return files;
    }
}
