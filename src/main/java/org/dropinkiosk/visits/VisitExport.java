package org.dropinkiosk.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits for a date range, one row at a time straight from the database: nothing is collected
 * in memory, so a million rows export in constant memory.
 */
@Service
public class VisitExport {

    /** One visit as staff export it. Name and symbol are null once the visit is anonymised. */
    public record Row(String venueId, LocalDate visitDate, Instant signedInAt, Instant signedOutAt,
                      String signedOutBy, String name, String symbol, String groupId, boolean anonymised) {
    }

    public static final String[] HEADER = {"venue", "visit_date", "signed_in_at", "signed_out_at",
            "signed_out_by", "name", "symbol", "group", "anonymised"};

    private final JdbcTemplate jdbc;

    public VisitExport(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
    }

    /** Hands each visit from {@code from} to {@code to} (both included) to {@code sink}; venue null means all venues. */
    @Transactional(readOnly = true) // PostgreSQL streams with a fetch size only inside a transaction
    public long stream(LocalDate from, LocalDate to, String venueId, Consumer<Row> sink) {
        long[] count = {0};
        String sql = """
                SELECT v.venue_id, v.visit_date, v.signed_in_at, v.signed_out_at, v.signed_out_by,
                       p.name, p.symbol, v.group_id, v.anonymised
                FROM visit v LEFT JOIN visitor p ON p.id = v.visitor_id
                WHERE v.visit_date BETWEEN ? AND ?""" + (venueId == null ? "" : " AND v.venue_id = ?")
                + " ORDER BY v.visit_date, v.signed_in_at, v.id";
        Object[] args = venueId == null ? new Object[] {from, to} : new Object[] {from, to, venueId};
        jdbc.query(sql, rs -> {
            sink.accept(row(rs));
            count[0]++;
        }, args);
        return count[0];
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getObject(2, LocalDate.class), instant(rs.getTimestamp(3)),
                instant(rs.getTimestamp(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getBoolean(9));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
