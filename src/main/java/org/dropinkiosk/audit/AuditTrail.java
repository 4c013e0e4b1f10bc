package org.dropinkiosk.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who did what and when, kept in audit_event: logins, lockouts, exports, erasures, backups. Only the audit module
 * writes here; the features publish what happened and {@link AuditLines} records it (decision 1702).
 */
@Service
public class AuditTrail {

    /** A run of the same refused try is one line while the tries come less than this apart. */
    public static final Duration REPEAT_GAP = Duration.ofMinutes(15);

    /** One line of the audit page; {@code repeats} and {@code lastAt} say how often and until when it happened in a row. */
    public record Entry(
            Instant at, String venueId, String actor, String action, String detail, int repeats, Instant lastAt) {}

    /**
     * What the audit page asks for: {@code action} empty for every kind, days inclusive in the kiosk's
     * time zone (null for open), {@code words} to find in the detail (empty for all).
     */
    public record Filter(String action, OffsetDateTime from, OffsetDateTime before, String words) {}

    /** One page of lines, newest first, and whether there are older ones. */
    public record Page(List<Entry> entries, boolean hasOlder) {}

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
        insert(actor, action, detail);
    }

    private void insert(String actor, String action, String detail) {
        jdbc.sql(
                        "INSERT INTO audit_event (at, venue_id, actor, action, detail) VALUES (:at, :venue, :actor, :action, :detail)")
                .param("at", OffsetDateTime.now(clock))
                .param("venue", venueId)
                .param("actor", cut(actor, 60))
                .param("action", cut(action, 60))
                .param("detail", cut(detail, 500))
                .update();
    }

    /** Written in the caller's transaction: the change and its line stand or fall together (meetings). */
    @Transactional
    public void recordWithChange(String actor, String action, String detail) {
        insert(actor, action, detail);
    }

    /**
     * For tries that are refused again and again (during a lockout): if this kiosk's newest line is
     * the same action and detail and less than {@link #REPEAT_GAP} old, it counts one more instead of
     * adding a line.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRepeated(String actor, String action, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int counted = jdbc.sql("""
                UPDATE audit_event SET repeats = repeats + 1, last_at = :now
                WHERE id = (SELECT MAX(id) FROM audit_event WHERE venue_id = :venue)
                  AND action = :action AND actor = :actor AND detail = :detail
                  AND COALESCE(last_at, at) > :since""")
                .param("now", now)
                .param("venue", venueId)
                .param("action", cut(action, 60))
                .param("actor", cut(actor, 60))
                .param("detail", cut(detail, 500))
                .param("since", now.minus(REPEAT_GAP))
                .update();
        if (counted == 0) {
            record(actor, action, detail);
        }
    }

    /** The newest entries first, for every venue that shares the database. */
    @Transactional(readOnly = true)
    public List<Entry> newest(int limit) {
        return page(new Filter("", null, null, ""), 0, limit).entries();
    }

    /** One page of the filtered lines, newest first, for every venue that shares the database. */
    @Transactional(readOnly = true)
    public Page page(Filter filter, int offset, int size) {
        String words = filter.words() == null ? "" : filter.words().strip().toLowerCase();
        List<Entry> rows = jdbc.sql("""
                SELECT at, venue_id, actor, action, detail, repeats, last_at FROM audit_event
                WHERE (:action = '' OR action = :action)
                  AND at >= :from AND at < :before
                  AND (:words = '' OR LOWER(detail) LIKE :like ESCAPE '\\' OR LOWER(actor) LIKE :like ESCAPE '\\')
                ORDER BY at DESC, id DESC OFFSET :offset ROWS FETCH FIRST :n ROWS ONLY""")
                .param("action", filter.action() == null ? "" : filter.action())
                .param(
                        "from",
                        filter.from() == null
                                ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                                : filter.from())
                .param(
                        "before",
                        filter.before() == null
                                ? OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                                : filter.before())
                .param("words", words)
                .param(
                        "like",
                        "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("offset", Math.max(0, offset))
                .param("n", size + 1)
                .query((rs, i) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
                .list();
        return new Page(rows.size() > size ? rows.subList(0, size) : rows, rows.size() > size);
    }

    /** The kinds of line there are, for the audit page's filter. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action FETCH FIRST 200 ROWS ONLY")
                .query(String.class)
                .list();
    }

    /** Deletes this kiosk's lines from before {@code days} ago; returns how many went. */
    @Transactional
    public int deleteOlderThan(int days) {
        return jdbc.sql("DELETE FROM audit_event WHERE venue_id = :venue AND at < :before")
                .param("venue", venueId)
                .param("before", OffsetDateTime.now(clock).minusDays(days))
                .update();
    }

    private static String cut(String s, int max) {
        String text = s == null ? "" : s;
        return text.length() <= max ? text : text.substring(0, max);
    }
}
