package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dropinkiosk.audit.AuditWiring;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.LiveSettings;
import org.dropinkiosk.testing.TestClock;
import org.dropinkiosk.visits.VisitRetention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With a fixed clock on 29 November 2026 and 30 days' retention: old visits lose the person, recent ones keep it. */
@SpringBootTest
class RetentionTest {

    static final Clock FIXED = new TestClock(Instant.parse("2026-11-29T12:00:00Z"), StaffTestData.ZONE);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitRetention visits;

    private String venue;
    private Retention retention;

    @BeforeEach
    void freshVenue() {
        venue = StaffTestData.venue("retention");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        retention = new Retention(
                visits, AuditWiring.events(jdbc, FIXED, settings), settings, LiveSettings.fixed(settings), FIXED);
    }

    @Test
    void audit_lines_older_than_the_audit_retention_are_deleted_by_the_same_run_and_newer_ones_stay() {
        for (String at : new String[] {"2025-10-24T11:00:00Z", "2025-10-25T13:00:00Z"
        }) { // 401 days and a little under 400 days before
            jdbc.sql("INSERT INTO audit_event (at, venue_id, actor, action, detail) VALUES (?, ?, 'staff', 'login', ?)")
                    .params(OffsetDateTime.parse(at), venue, "at " + at)
                    .update();
        }
        retention.anonymiseOldVisits();
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = ? AND action = 'login'")
                        .param(venue)
                        .query(String.class)
                        .list())
                .containsExactly("at 2025-10-25T13:00:00Z");
        assertThat(lastAudit()).contains("1 audit lines older than 400 days deleted");
    }

    @Test
    void visits_before_the_retention_period_are_anonymised_and_counted_in_the_audit() {
        OffsetDateTime longAgo = OffsetDateTime.parse("2026-01-01T10:00:00Z");
        long old = StaffTestData.visitor(jdbc, venue, "Olive", "cat", longAgo);
        long both = StaffTestData.visitor(jdbc, venue, "Bea", "dog", longAgo);
        StaffTestData.visit(jdbc, venue, old, LocalDate.of(2026, 10, 1), true);
        StaffTestData.visit(jdbc, venue, both, LocalDate.of(2026, 10, 29), true); // the day before the cutoff
        StaffTestData.visit(jdbc, venue, both, LocalDate.of(2026, 10, 30), true); // the cutoff day is kept

        assertThat(retention.cutoff()).isEqualTo(LocalDate.of(2026, 10, 30));
        VisitRetention.Anonymised done = retention.anonymiseOldVisits();

        assertThat(done).isEqualTo(new VisitRetention.Anonymised(2, 1));
        assertThat(named()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE venue_id = ? AND anonymised")
                        .param(venue)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT name FROM visitor WHERE venue_id = ?")
                        .param(venue)
                        .query(String.class)
                        .list())
                .containsExactly("Bea");
        assertThat(lastAudit()).contains("2 visits anonymised, 1 visitors deleted");
        assertThat(retention.anonymiseOldVisits()).isEqualTo(new VisitRetention.Anonymised(0, 0));
    }

    @Test
    void erasing_a_person_keeps_their_visits_as_counts_and_deletes_them_and_their_choices() {
        long sam = StaffTestData.visitor(jdbc, venue, "Sam", "star", OffsetDateTime.now(FIXED));
        long kim = StaffTestData.visitor(jdbc, venue, "Kim", "sun", OffsetDateTime.now(FIXED));
        StaffTestData.visit(jdbc, venue, sam, LocalDate.of(2026, 11, 28), true);
        StaffTestData.visit(jdbc, venue, sam, LocalDate.of(2026, 11, 29), false);
        StaffTestData.visit(jdbc, venue, kim, LocalDate.of(2026, 11, 29), false);

        VisitRetention.Erased done = retention.erase(sam, "staff");

        assertThat(done).isEqualTo(new VisitRetention.Erased(2, 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit WHERE venue_id = ?")
                        .param(venue)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor WHERE id = ?")
                        .param(sam)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(named()).isEqualTo(1);
        assertThat(lastAudit()).contains("2 visits anonymised").doesNotContain("Sam");
    }

    private int named() {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE venue_id = ? AND visitor_id IS NOT NULL")
                .param(venue)
                .query(Integer.class)
                .single();
    }

    private String lastAudit() {
        return jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(venue)
                .query(String.class)
                .single();
    }
}
