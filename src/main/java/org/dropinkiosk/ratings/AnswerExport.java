package org.dropinkiosk.ratings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anonymous answers for a date range, streamed one row at a time from the database. */
@Service
public class AnswerExport {

    /**
     * One answer as staff export it; {@code helped} is null when nobody was asked; {@code followUps} holds the ids
     * of the follow-up choices picked, separated by ';' (empty when none).
     */
    public record Row(
            String venueId,
            Instant answeredAt,
            String sittingId,
            String questionSet,
            String questionId,
            String answer,
            Boolean helped,
            String followUps) {}

    public static final String[] HEADER = {
        "venue", "answered_at", "sitting", "question_set", "question", "answer", "helped", "follow_ups"
    };

    private final JdbcTemplate jdbc;

    public AnswerExport(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
    }

    /** Answers given from the start of {@code from} to the end of {@code to} in {@code zone}; venue null means all. */
    @Transactional(readOnly = true)
    public long stream(LocalDate from, LocalDate to, ZoneId zone, String venueId, Consumer<Row> sink) {
        long[] count = {0};
        String sql = """
                SELECT venue_id, answered_at, sitting_id, question_set, question_id, answer, helped, follow_ups
                FROM answer WHERE answered_at >= ? AND answered_at < ?""" + (venueId == null ? "" : " AND venue_id = ?") + " ORDER BY answered_at, id";
        var start = from.atStartOfDay(zone).toOffsetDateTime();
        var end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Object[] args = venueId == null ? new Object[] {start, end} : new Object[] {start, end, venueId};
        jdbc.query(
                sql,
                rs -> {
                    Object helped = rs.getObject(7);
                    sink.accept(new Row(
                            rs.getString(1),
                            rs.getTimestamp(2).toInstant(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            helped == null ? null : rs.getBoolean(7),
                            Objects.requireNonNullElse(rs.getString(8), "")));
                    count[0]++;
                },
                args);
        return count[0];
    }
}
