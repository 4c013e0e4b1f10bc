package org.dropinkiosk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.KioskApplication;
import org.dropinkiosk.audit.AuditTrail;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.Present;
import org.dropinkiosk.visits.VisitExport;
import org.dropinkiosk.visits.VisitService;
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
        args.addAll(List.of(
                "--server.port=0",
                "--kiosk.venue-id=" + venueId,
                "--kiosk.venue-name=Venue " + venueId,
                "--kiosk.data-dir=" + Path.of("target/it-data/venue-" + venueId).toAbsolutePath(),
                "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off"));
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

        // Through the kiosk's own services, as the screens use them.
        VisitService northVisits = north.getBean(VisitService.class);
        VisitService southVisits = south.getBean(VisitService.class);
        northVisits.registerAndSignIn(new NewVisitor("Ann", "sun", "none", true, false, false));
        southVisits.registerAndSignIn(new NewVisitor("Bob", "star", "none", true, false, false));
        southVisits.registerAndSignIn(new NewVisitor("Cy", "moon", "none", true, false, false));
        north.getBean(AuditTrail.class).record("staff", "export", "visits");
        south.getBean(AuditTrail.class).record("staff", "export", "visits");

        assertThat(northVisits.whoIsHere()).extracting(Present::name).containsExactly("Ann");
        assertThat(southVisits.whoIsHere()).extracting(Present::name).containsExactlyInAnyOrder("Bob", "Cy");
        assertThat(northVisits.shownVisitors()).extracting(v -> v.name()).containsExactly("Ann");
        assertThat(northVisits.countToday()).isEqualTo(1);
        assertThat(southVisits.countToday()).isEqualTo(2);
        // The audit page shows the network's trail, each line marked with the venue that did it.
        assertThat(north.getBean(AuditTrail.class).newest(100))
                .filteredOn(e -> e.action().equals("export"))
                .extracting(AuditTrail.Entry::venueId)
                .containsExactlyInAnyOrder("north", "south");

        // Staff export per venue, or for the whole network.
        LocalDate today = LocalDate.now(north.getBean(Clock.class));
        VisitExport export = north.getBean(VisitExport.class);
        List<String> northOnly = new ArrayList<>();
        export.stream(today, today, "north", row -> northOnly.add(row.venueId()));
        List<String> all = new ArrayList<>();
        export.stream(today, today, null, row -> all.add(row.venueId()));
        assertThat(northOnly).containsExactly("north");
        assertThat(all).containsExactlyInAnyOrder("north", "south", "south");
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
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE visitor_id = ?")
                        .param(visitor)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private static long insertVisitor(JdbcClient jdbc, String venue, String name) {
        jdbc.sql("INSERT INTO visitor (venue_id, name, created_at) VALUES (?, ?, ?)")
                .params(venue, name, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM visitor WHERE venue_id = ? AND name = ?")
                .params(venue, name)
                .query(Long.class)
                .single();
    }

    private static void insertVisit(JdbcClient jdbc, String venue, long visitor, LocalDate day) {
        jdbc.sql("INSERT INTO visit (venue_id, visitor_id, visit_date, signed_in_at) VALUES (?, ?, ?, ?)")
                .params(venue, visitor, day, day.atTime(10, 0).atOffset(ZoneOffset.UTC))
                .update();
    }
}
