package org.dropinkiosk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.KioskApplication;
import org.dropinkiosk.config.KioskSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A network of venues: two kiosk apps with their own venue ids on one database. What each writes
 * carries its venue, each sees only its own, and the shared database holds both for a network report.
 */
@TestDatabase.WhenReachable
class VenuesApartDatabaseIT {

    private final TestDatabase database = new TestDatabase();
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    /** Starts the whole kiosk app (web server on a free port) for one venue on the test's database. */
    static ConfigurableApplicationContext start(TestDatabase database, String venueId) {
        List<String> args = new ArrayList<>(List.of(database.properties()));
        args.addAll(List.of("--server.port=0", "--kiosk.venue-id=" + venueId, "--kiosk.venue-name=Venue " + venueId,
                "--kiosk.data-dir=" + Path.of("target/it-data/venue-" + venueId).toAbsolutePath(),
                "--vaadin.productionMode=true", "--spring.main.banner-mode=off"));
        return new SpringApplicationBuilder(KioskApplication.class).run(args.toArray(String[]::new));
    }

    @AfterEach
    void stop() throws Exception {
        apps.forEach(ConfigurableApplicationContext::close);
        database.drop();
    }

    @Test
    void two_venues_on_one_database_keep_their_visits_and_audit_apart() {
        ConfigurableApplicationContext north = start(database, "north");
        apps.add(north);
        ConfigurableApplicationContext south = start(database, "south");
        apps.add(south);

        record(north, "Ann", 2);
        record(south, "Bob", 3);

        assertThat(visitorsSeenBy(north)).containsExactly("Ann", "Ann");
        assertThat(visitorsSeenBy(south)).containsExactly("Bob", "Bob", "Bob");
        assertThat(auditSeenBy(north)).containsExactly("north");
        assertThat(auditSeenBy(south)).containsExactly("south");

        JdbcClient shared = north.getBean(JdbcClient.class);
        assertThat(shared.sql("SELECT venue_id, COUNT(*) FROM visit GROUP BY venue_id ORDER BY venue_id")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .as("the network's report over all venues").containsExactly("north=2", "south=3");
    }

    @Test
    void the_same_visitor_and_day_in_two_venues_are_two_visits_not_a_clash() {
        ConfigurableApplicationContext north = start(database, "north");
        apps.add(north);
        ConfigurableApplicationContext south = start(database, "south");
        apps.add(south);
        JdbcClient jdbc = north.getBean(JdbcClient.class);
        long visitor = insertVisitor(jdbc, "north", "Cat");
        insertVisit(jdbc, "north", visitor, LocalDate.of(2026, 11, 26));
        insertVisit(south.getBean(JdbcClient.class), "south", visitor, LocalDate.of(2026, 11, 26));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE visitor_id = ?").param(visitor).query(Long.class).single()).isEqualTo(2);
    }

    private static void record(ConfigurableApplicationContext app, String name, int days) {
        String venue = app.getBean(KioskSettings.class).venueId();
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long visitor = insertVisitor(jdbc, venue, name);
        for (int d = 0; d < days; d++) {
            insertVisit(jdbc, venue, visitor, LocalDate.of(2026, 11, 23).plusDays(d));
        }
        jdbc.sql("INSERT INTO audit_event (at, venue_id, actor, action, detail) VALUES (?, ?, 'staff', 'export', 'visits')")
                .params(OffsetDateTime.now(ZoneOffset.UTC), venue).update();
    }

    private static long insertVisitor(JdbcClient jdbc, String venue, String name) {
        jdbc.sql("INSERT INTO visitor (venue_id, name, created_at) VALUES (?, ?, ?)")
                .params(venue, name, OffsetDateTime.now(ZoneOffset.UTC)).update();
        return jdbc.sql("SELECT MAX(id) FROM visitor WHERE venue_id = ? AND name = ?").params(venue, name).query(Long.class).single();
    }

    private static void insertVisit(JdbcClient jdbc, String venue, long visitor, LocalDate day) {
        jdbc.sql("INSERT INTO visit (venue_id, visitor_id, visit_date, signed_in_at) VALUES (?, ?, ?, ?)")
                .params(venue, visitor, day, day.atTime(10, 0).atOffset(ZoneOffset.UTC)).update();
    }

    /** What a kiosk's own screens would read: the visits of its venue only. */
    private static List<String> visitorsSeenBy(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("""
                SELECT p.name FROM visit v JOIN visitor p ON p.id = v.visitor_id
                WHERE v.venue_id = ? ORDER BY v.visit_date""")
                .param(app.getBean(KioskSettings.class).venueId()).query(String.class).list();
    }

    private static List<String> auditSeenBy(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT venue_id FROM audit_event WHERE venue_id = ?")
                .param(app.getBean(KioskSettings.class).venueId()).query(String.class).list();
    }
}
