package org.dropinkiosk.database;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database the {@code *DatabaseIT} tests run on. {@code ./mvnw verify} runs them twice: on H2 (the
 * default failsafe run) and on PostgreSQL (the second run, with {@code spring.profiles.active=postgres}).
 * Each test gets a database of its own: a fresh H2 in memory, or a fresh schema in {@code kiosk_test},
 * so runs by several people on one PostgreSQL do not meet.
 */
public final class TestDatabase {

    /** Where the PostgreSQL run looks: {@code -Dkiosk.test-postgres-url}, else KIOSK_DB_URL, else localhost. */
    public static final String POSTGRES_URL = System.getProperty(
            "kiosk.test-postgres-url",
            System.getenv().getOrDefault("KIOSK_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test"));

    public static final String USER = System.getenv().getOrDefault("KIOSK_DB_USER", "kiosk");
    public static final String PASSWORD = System.getenv().getOrDefault("KIOSK_DB_PASSWORD", "kiosk");

    private final String name =
            "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public static boolean postgres() {
        return Arrays.asList(System.getProperty("spring.profiles.active", "").split(","))
                .contains("postgres");
    }

    /** The Spring properties that point an app at this test's own database. */
    public String[] properties() {
        if (postgres()) {
            return new String[] {
                "--KIOSK_DB_URL=" + POSTGRES_URL + "?currentSchema=" + name,
                "--spring.flyway.schemas=" + name,
                "--spring.flyway.default-schema=" + name,
            };
        }
        return new String[] {"--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"};
    }

    public String schema() {
        return postgres() ? name : "PUBLIC";
    }

    /** Removes this test's schema from the shared PostgreSQL (H2 in memory goes by itself). */
    public void drop() throws SQLException {
        if (postgres()) {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, USER, PASSWORD);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }

    /** Runs a test on PostgreSQL only when it answers; says so in one line when it does not. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Reachable.class)
    public @interface WhenReachable {}

    static final class Reachable implements ExecutionCondition {

        private static final AtomicBoolean TRIED_TO_START = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!postgres()) {
                return ConditionEvaluationResult.enabled("H2 in memory");
            }
            String problem = answers();
            if (problem != null && startable() && TRIED_TO_START.compareAndSet(false, true)) {
                // Installed but not running: start it rather than skip (what .ci/run does before the build).
                problem = start() ? answers() : problem;
            }
            if (problem == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + POSTGRES_URL);
            }
            String why = "nothing answers at " + POSTGRES_URL + " as " + USER + " (" + problem + ")"
                    + (startable()
                            ? "; starting it with src/build/start-postgres.sh did not help"
                            : "; it is not installed here, or this user may not start it")
                    + ". Start it with: sudo bash src/build/start-postgres.sh";
            if (Boolean.getBoolean("kiosk.require-postgres")) {
                throw new IllegalStateException("PostgreSQL database tests are required but cannot run: " + why);
            }
            SkipReport report = context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(SkipReport.class, k -> new SkipReport(why), SkipReport.class);
            context.getTestClass().ifPresent(report::skipped);
            return ConditionEvaluationResult.disabled("PostgreSQL database tests SKIPPED (not failed): " + why);
        }

        private static String answers() {
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, USER, PASSWORD)) {
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            }
        }

        private static boolean startable() {
            return "root".equals(System.getProperty("user.name"))
                    && Files.isDirectory(Path.of("/usr/lib/postgresql"))
                    && Files.isRegularFile(START_SCRIPT);
        }

        private static boolean start() {
            try {
                Process p = new ProcessBuilder("bash", START_SCRIPT.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static final Path START_SCRIPT = Path.of("src/build/start-postgres.sh");

    /** Said once, after the last test of the run: how many PostgreSQL tests were skipped, and why. */
    static final class SkipReport implements AutoCloseable {

        private final String why;
        private final Set<Class<?>> classes = ConcurrentHashMap.newKeySet();

        SkipReport(String why) {
            this.why = why;
        }

        void skipped(Class<?> testClass) {
            classes.add(testClass);
        }

        @Override
        public void close() {
            long tests = classes.stream()
                    .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                    .filter(m -> m.isAnnotationPresent(Test.class))
                    .count();
            System.out.println("[WARNING] " + tests + " PostgreSQL database tests in " + classes.size()
                    + " classes were SKIPPED, not failed: " + why);
        }
    }
}
