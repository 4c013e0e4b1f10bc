package org.dropinkiosk.ratings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the answers per question for a date range at this venue, for staff and their reports. */
@Service
public class RatingTallies {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KioskSettings kiosk;
    private final QuestionCatalog catalog;

    RatingTallies(JdbcClient jdbc, Clock clock, KioskSettings kiosk, QuestionCatalog catalog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kiosk = kiosk;
        this.catalog = catalog;
    }

    /** One tally per question answered from {@code from} to {@code to} (both days included), in the order of questions.yml. */
    @Transactional(readOnly = true)
    public List<Tally> tallies(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        List<Tally> tallies = new ArrayList<>(jdbc.sql("""
                SELECT question_set, question_id,
                       SUM(CASE WHEN answer = 'GOOD' THEN 1 ELSE 0 END) AS good,
                       SUM(CASE WHEN answer = 'BAD' THEN 1 ELSE 0 END) AS bad,
                       SUM(CASE WHEN answer = 'NOT_SURE' THEN 1 ELSE 0 END) AS not_sure,
                       SUM(CASE WHEN answer = 'SKIPPED' THEN 1 ELSE 0 END) AS skipped,
                       SUM(CASE WHEN helped = TRUE THEN 1 ELSE 0 END) AS helped
                FROM answer
                WHERE venue_id = :venue AND answered_at >= :start AND answered_at < :end
                GROUP BY question_set, question_id""")
                .param("venue", kiosk.venueId())
                .param("start", start)
                .param("end", end)
                .query((rs, n) -> tally(rs.getString("question_set"), rs.getString("question_id"),
                        rs.getInt("good"), rs.getInt("bad"), rs.getInt("not_sure"), rs.getInt("skipped"), rs.getInt("helped")))
                .list());
        tallies.sort(Comparator.comparingInt(this::position).thenComparing(Tally::setId).thenComparing(Tally::questionId));
        return tallies;
    }

    private Tally tally(String setId, String questionId, int good, int bad, int notSure, int skipped, int helped) {
        var set = catalog.set(setId);
        String setTitle = set.map(QuestionSet::title).orElse(setId);
        String text = set.flatMap(s -> s.question(questionId)).map(Question::text).orElse(questionId);
        return new Tally(setId, setTitle, questionId, text, good, bad, notSure, skipped, helped);
    }

    /** Questions still in questions.yml come in its order; answers to removed questions come last. */
    private int position(Tally tally) {
        int position = 0;
        for (QuestionSet set : catalog.sets()) {
            for (Question q : set.questions()) {
                if (set.id().equals(tally.setId()) && q.id().equals(tally.questionId())) {
                    return position;
                }
                position++;
            }
        }
        return Integer.MAX_VALUE;
    }
}
