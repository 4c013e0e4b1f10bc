package org.dropinkiosk.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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

    public static final String POSTGRES_URL = System.getenv().getOrDefault("KIOSK_DB_URL", "jdbc:postgresql://localhost:5432/kiosk_test");
    public static final String USER = System.getenv().getOrDefault("KIOSK_DB_USER", "kiosk");
    public static final String PASSWORD = System.getenv().getOrDefault("KIOSK_DB_PASSWORD", "kiosk");

    private final String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public static boolean postgres() {
        return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("postgres");
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
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, USER, PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }

    /** Runs a test on PostgreSQL only when it answers; says so in one line when it does not. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(Reachable.class)
    public @interface WhenReachable {
    }

    static final class Reachable implements ExecutionCondition {

        private static final AtomicBoolean SAID = new AtomicBoolean();

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!postgres()) {
                return ConditionEvaluationResult.enabled("H2 in memory");
            }
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, USER, PASSWORD)) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + POSTGRES_URL);
            } catch (SQLException e) {
                String why = "PostgreSQL database tests SKIPPED (not failed): nothing answers at " + POSTGRES_URL
                        + " as " + USER + " (" + e.getMessage() + "). Start it with: sudo bash src/build/start-postgres.sh";
                if (Boolean.getBoolean("kiosk.require-postgres")) {
                    throw new IllegalStateException(why.replace("SKIPPED (not failed)", "are required but cannot run"));
                }
                if (SAID.compareAndSet(false, true)) {
                    System.out.println("[WARNING] " + why);
                }
                return ConditionEvaluationResult.disabled(why);
            }
        }
    }
}
