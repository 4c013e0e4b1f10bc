package org.dropinkiosk.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting tables, for this venue only. */
@Repository
class MeetingStore {

    private final JdbcClient jdbc;
    private final String venue;
    private final Clock clock;

    MeetingStore(JdbcClient jdbc, KioskSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.venue = settings.venueId();
        this.clock = clock;
    }

    List<Meeting> all() {
        return jdbc.sql("SELECT * FROM meeting WHERE venue_id = ? ORDER BY starts_at, id")
                .param(venue)
                .query(MeetingStore::row)
                .list();
    }

    /** A cheap summary of this venue's meeting tables that changes when rows are added or removed. */
    List<Long> fingerprint() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM meeting WHERE venue_id = ?), (SELECT COALESCE(MAX(id), 0) FROM meeting WHERE venue_id = ?),
                       (SELECT COUNT(*) FROM meeting_exception WHERE venue_id = ?),
                       (SELECT COALESCE(MAX(id), 0) FROM meeting_exception WHERE venue_id = ?)""")
                .params(venue, venue, venue, venue)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE venue_id = ? AND id = ?")
                .param(venue)
                .param(id)
                .query(MeetingStore::row)
                .optional();
    }

    boolean hasUid(String uid) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE venue_id = ? AND uid = ?")
                        .param(venue)
                        .param(uid)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(Meeting m) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO meeting (venue_id, uid, title, kind, starts_at, ends_at, place, notes, repeat_rule, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        venue,
                        m.uid(),
                        m.title(),
                        m.kind().name(),
                        Timestamp.valueOf(m.start()),
                        Timestamp.valueOf(m.end()),
                        m.place(),
                        m.notes(),
                        m.repeats() ? m.repeatRule() : null,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(Meeting m) {
        jdbc.sql("""
                UPDATE meeting SET title = ?, kind = ?, starts_at = ?, ends_at = ?, place = ?, notes = ?, repeat_rule = ?
                WHERE venue_id = ? AND id = ?""")
                .params(
                        m.title(),
                        m.kind().name(),
                        Timestamp.valueOf(m.start()),
                        Timestamp.valueOf(m.end()),
                        m.place(),
                        m.notes(),
                        m.repeats() ? m.repeatRule() : null,
                        venue,
                        m.id())
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM meeting_exception WHERE venue_id = ? AND meeting_id = ?")
                .param(venue)
                .param(id)
                .update();
        jdbc.sql("DELETE FROM meeting WHERE venue_id = ? AND id = ?")
                .param(venue)
                .param(id)
                .update();
    }

    Map<LocalDate, DateChange> changes(long meetingId) {
        Map<LocalDate, DateChange> changes = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM meeting_exception WHERE venue_id = ? AND meeting_id = ? ORDER BY original_date")
                .param(venue)
                .param(meetingId)
                .query((rs, n) -> new DateChange(
                        rs.getObject("original_date", LocalDate.class),
                        rs.getBoolean("cancelled"),
                        localOrNull(rs.getTimestamp("starts_at")),
                        localOrNull(rs.getTimestamp("ends_at")),
                        rs.getString("place")))
                .list()
                .forEach(c -> changes.put(c.originalDate(), c));
        return changes;
    }

    /** Every meeting's changed and removed dates, in one query (What's on reads them all at once). */
    Map<Long, Map<LocalDate, DateChange>> allChanges() {
        Map<Long, Map<LocalDate, DateChange>> all = new HashMap<>();
        jdbc.sql("SELECT * FROM meeting_exception WHERE venue_id = ? ORDER BY meeting_id, original_date")
                .param(venue)
                .query((rs, n) -> {
                    DateChange c = new DateChange(
                            rs.getObject("original_date", LocalDate.class),
                            rs.getBoolean("cancelled"),
                            localOrNull(rs.getTimestamp("starts_at")),
                            localOrNull(rs.getTimestamp("ends_at")),
                            rs.getString("place"));
                    all.computeIfAbsent(rs.getLong("meeting_id"), id -> new LinkedHashMap<>())
                            .put(c.originalDate(), c);
                    return c;
                })
                .list();
        return all;
    }

    void putChange(long meetingId, DateChange c) {
        jdbc.sql("DELETE FROM meeting_exception WHERE venue_id = ? AND meeting_id = ? AND original_date = ?")
                .param(venue)
                .param(meetingId)
                .param(c.originalDate())
                .update();
        jdbc.sql("""
                INSERT INTO meeting_exception (venue_id, meeting_id, original_date, cancelled, starts_at, ends_at, place)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        venue,
                        meetingId,
                        c.originalDate(),
                        c.cancelled(),
                        c.start() == null ? null : Timestamp.valueOf(c.start()),
                        c.end() == null ? null : Timestamp.valueOf(c.end()),
                        c.place().isEmpty() ? null : c.place())
                .update();
    }

    void clearChanges(long meetingId) {
        jdbc.sql("DELETE FROM meeting_exception WHERE venue_id = ? AND meeting_id = ?")
                .param(venue)
                .param(meetingId)
                .update();
    }

    /** Marks this venue as seeded; false when it already was. */
    boolean markSeeded() {
        if (jdbc.sql("SELECT COUNT(*) FROM meeting_seeded WHERE venue_id = ?")
                        .param(venue)
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO meeting_seeded (venue_id, seeded_at) VALUES (?, ?)")
                .params(venue, OffsetDateTime.now(clock))
                .update();
        return true;
    }

    private static Meeting row(ResultSet rs, int n) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getString("uid"),
                rs.getString("title"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getTimestamp("ends_at").toLocalDateTime(),
                rs.getString("place"),
                rs.getString("notes"),
                rs.getString("repeat_rule"));
    }

    private static LocalDateTime localOrNull(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
