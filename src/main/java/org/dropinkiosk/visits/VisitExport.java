package org.dropinkiosk.visits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
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
    public record Row(
            String venueId,
            LocalDate visitDate,
            Instant signedInAt,
            Instant signedOutAt,
            String signedOutBy,
            String name,
            String symbol,
            String groupId,
            boolean anonymised) {}

    public static final String[] HEADER = {
        "venue", "visit_date", "signed_in_at", "signed_out_at", "signed_out_by", "name", "symbol", "group", "anonymised"
    };

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    public VisitExport(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Hands each visit from {@code from} to {@code to} (both included) to {@code sink}, in date, sign-in and id
     * order; venue null means all venues. For one venue the index visit_export (V7_10) already holds the rows in
     * that order (venue first: the same order, as the venue is fixed), so the database reads it and sorts
     * nothing. On H2 the query runs lazily (rows made as they are read, not into a temporary result first);
     * PostgreSQL streams with a fetch size inside a transaction. See docs/decisions/911-export-streams-in-index-order.md.
     */
    @Transactional(readOnly = true)
    public long stream(LocalDate from, LocalDate to, String venueId, Consumer<Row> sink) {
        String sql = """
                SELECT v.venue_id, v.visit_date, v.signed_in_at, v.signed_out_at, v.signed_out_by,
                       p.name, p.symbol, v.group_id, v.anonymised
                FROM visit v LEFT JOIN visitor p ON p.id = v.visitor_id
                WHERE v.visit_date BETWEEN ? AND ?"""
                + (venueId == null
                        ? " ORDER BY v.visit_date, v.signed_in_at, v.id"
                        : " AND v.venue_id = ? ORDER BY v.venue_id, v.visit_date, v.signed_in_at, v.id");
        Long rows = jdbc.execute((ConnectionCallback<Long>) connection -> {
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                lazy(connection, true);
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(FETCH_SIZE);
                query.setObject(1, from);
                query.setObject(2, to);
                if (venueId != null) {
                    query.setString(3, venueId);
                }
                long count = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
                        count++;
                    }
                }
                return count;
            } finally {
                if (h2) {
                    lazy(connection, false);
                }
            }
        });
        return rows == null ? 0 : rows;
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("SET LAZY_QUERY_EXECUTION " + on);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getString(1),
                rs.getObject(2, LocalDate.class),
                instant(rs.getObject(3, OffsetDateTime.class)),
                instant(rs.getObject(4, OffsetDateTime.class)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getBoolean(9));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
