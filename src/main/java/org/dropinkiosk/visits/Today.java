package org.dropinkiosk.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today at this venue for the staff area: how many came, who is here now (the fire roll call, anonymised visits
 * too), and who can be erased. It lives with the visits because it reads their tables (decision 1702).
 */
@Service
@Transactional(readOnly = true)
public class Today {

    /** A person on the roll call; name is null for someone anonymised. */
    public record Present(String name, String symbol, String groupId, Instant signedInAt) {}

    /** A visitor staff can pick for erasure. */
    public record Visitor(long id, String name, String symbol, LocalDate lastVisit) {}

    private final JdbcClient jdbc;
    private final VisitService visits;
    private final Clock clock;
    private final String venueId;

    public Today(JdbcClient jdbc, VisitService visits, Clock clock, KioskSettings settings) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.clock = clock;
        this.venueId = settings.venueId();
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public int cameToday() {
        return visits.countToday();
    }

    public List<Present> hereNow() {
        return jdbc.sql("""
                SELECT p.name, p.symbol, v.group_id, v.signed_in_at
                FROM visit v LEFT JOIN visitor p ON p.id = v.visitor_id
                WHERE v.venue_id = :venue AND v.visit_date = :today AND v.signed_out_at IS NULL
                ORDER BY p.name, v.signed_in_at""")
                .param("venue", venueId)
                .param("today", date())
                .query((rs, i) -> new Present(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public List<Visitor> visitors() {
        return jdbc.sql("""
                SELECT p.id, p.name, p.symbol, MAX(v.visit_date)
                FROM visitor p LEFT JOIN visit v ON v.visitor_id = p.id
                WHERE p.venue_id = :venue
                GROUP BY p.id, p.name, p.symbol ORDER BY p.name, p.id""")
                .param("venue", venueId)
                .query((rs, i) ->
                        new Visitor(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
                .list();
    }
}
