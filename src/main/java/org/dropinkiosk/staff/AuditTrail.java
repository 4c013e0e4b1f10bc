package org.dropinkiosk.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who did what and when, kept in audit_event: logins, lockouts, exports, erasures, backups. */
@Service
public class AuditTrail {

    /** One line of the audit page. */
    public record Entry(Instant at, String venueId, String actor, String action, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String venueId;

    public AuditTrail(JdbcClient jdbc, Clock clock, KioskSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.venueId = settings.venueId();
    }

    /** Written in its own transaction, so a refused or failed action is still on record. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String detail) {
        jdbc.sql("INSERT INTO audit_event (at, venue_id, actor, action, detail) VALUES (:at, :venue, :actor, :action, :detail)")
                .param("at", OffsetDateTime.now(clock))
                .param("venue", venueId)
                .param("actor", cut(actor, 60))
                .param("action", cut(action, 60))
                .param("detail", cut(detail, 500))
                .update();
    }

    /** The newest entries first, for every venue that shares the database. */
    @Transactional(readOnly = true)
    public List<Entry> newest(int limit) {
        return jdbc.sql("SELECT at, venue_id, actor, action, detail FROM audit_event ORDER BY at DESC, id DESC FETCH FIRST :n ROWS ONLY")
                .param("n", limit)
                .query((rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String cut(String s, int max) {
        String text = s == null ? "" : s;
        return text.length() <= max ? text : text.substring(0, max);
    }
}
