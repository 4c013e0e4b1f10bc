package org.dropinkiosk.bench;

import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the empty limit screens ({@code kiosk/ui/BenchRoutes}) into a kiosk started from the venue's own jar:
 * a Java agent that does nothing itself, because an agent's jar joins the application class path, where
 * Vaadin finds the routes' listener. The bench profile packs it as target/bench/drop-in-kiosk-*-agent.jar.
 */
public final class EmptyScreens {

    /** The agent jar the bench profile builds (in the pre-integration-test phase) and names in this property. */
    static final Path AGENT = Path.of(System.getProperty("bench.empty-screens", "target/bench/empty-screens-agent.jar"));

    private EmptyScreens() {
    }

    /** Called by the JVM before the kiosk's main; the jar being on the class path is all that is needed. */
    public static void premain(String args, Instrumentation instrumentation) {
        // Nothing to do: the jar's classes and its service file are now visible to the kiosk.
    }

    /** The JVM option that adds the empty screens to a kiosk started by run-kiosk.sh. */
    static String javaOption() {
        if (!Files.isRegularFile(AGENT)) {
            throw new IllegalStateException("No " + AGENT + ": run the benchmarks with ./mvnw verify -Pbench");
        }
        return "-javaagent:" + AGENT.toAbsolutePath();
    }
}
