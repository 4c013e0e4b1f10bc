package org.dropinkiosk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every Flyway migration applies on a fresh database, H2 and PostgreSQL alike, and every table carries its venue. */
@TestDatabase.WhenReachable
class MigrationsDatabaseIT {

    private final TestDatabase database = new TestDatabase();
    private ConfigurableApplicationContext app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        database.drop();
    }

    @Test
    void every_migration_applies_on_a_fresh_database() throws IOException {
        app = VenuesApartDatabaseIT.start(database, "main");
        Flyway flyway = app.getBean(Flyway.class);
        List<MigrationInfo> applied = List.of(flyway.info().applied());
        assertThat(applied)
                .as("applied migrations")
                .allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
        // On PostgreSQL Flyway also records that it made the test's schema: only the scripts count here.
        assertThat(applied.stream()
                        .map(MigrationInfo::getScript)
                        .filter(s -> s.endsWith(".sql"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(migrationFiles());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void every_table_has_a_venue_id_so_venues_can_share_the_database() {
        app = VenuesApartDatabaseIT.start(database, "main");
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> tables =
                jdbc.sql("""
                SELECT LOWER(t.table_name) FROM information_schema.tables t
                WHERE LOWER(t.table_schema) = LOWER(?) AND t.table_type IN ('BASE TABLE', 'TABLE')
                  AND LOWER(t.table_name) <> 'flyway_schema_history'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND LOWER(c.column_name) = 'venue_id')
                """).param(database.schema()).query(String.class).list();
        assertThat(tables).as("tables without a venue_id column").isEmpty();
        long all = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = LOWER(?)")
                .param(database.schema())
                .query(Long.class)
                .single();
        assertThat(all).as("tables found in " + database.schema()).isGreaterThanOrEqualTo(5);
    }

    static List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }
}
