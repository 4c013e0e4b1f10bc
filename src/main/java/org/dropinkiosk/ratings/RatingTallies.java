package org.dropinkiosk.ratings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the answers per question for a date range at this venue, for staff and their reports. */
@Service
public class RatingTallies {

    private record Counted(String setId, String questionId, int good, int bad, int notSure, int skipped, int helped) {}

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
        List<Counted> counted = jdbc.sql("""
                SELECT question_set AS set_id, question_id,
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
                .query(Counted.class)
                .list();
        Map<String, Map<String, Integer>> picked = picked(start, end);
        List<Tally> tallies = new ArrayList<>();
        for (Counted c : counted) {
            tallies.add(tally(c, picked.getOrDefault(c.setId() + "/" + c.questionId(), Map.of())));
        }
        tallies.sort(Comparator.comparingInt(this::position)
                .thenComparing(Tally::setId)
                .thenComparing(Tally::questionId));
        return tallies;
    }

    /** Per "set/question", how often each follow-up id was picked. Grouped by the stored text, so few rows come back. */
    private Map<String, Map<String, Integer>> picked(OffsetDateTime start, OffsetDateTime end) {
        Map<String, Map<String, Integer>> picked = new HashMap<>();
        jdbc.sql("""
                SELECT question_set, question_id, follow_ups, COUNT(*) AS times
                FROM answer
                WHERE venue_id = :venue AND answered_at >= :start AND answered_at < :end AND follow_ups IS NOT NULL
                GROUP BY question_set, question_id, follow_ups""")
                .param("venue", kiosk.venueId())
                .param("start", start)
                .param("end", end)
                .query(rs -> {
                    Map<String, Integer> counts = picked.computeIfAbsent(
                            rs.getString("question_set") + "/" + rs.getString("question_id"),
                            k -> new LinkedHashMap<>());
                    for (String id : rs.getString("follow_ups").split(RatingService.SEPARATOR)) {
                        if (!id.isBlank()) {
                            counts.merge(id, rs.getInt("times"), Integer::sum);
                        }
                    }
                });
        return picked;
    }

    private Tally tally(Counted c, Map<String, Integer> picked) {
        Optional<QuestionSet> set = catalog.set(c.setId());
        String setTitle = set.map(QuestionSet::title).orElse(c.setId());
        Optional<Question> question = set.flatMap(s -> s.question(c.questionId()));
        String text = question.map(Question::text).orElse(c.questionId());
        return new Tally(
                c.setId(),
                setTitle,
                c.questionId(),
                text,
                c.good(),
                c.bad(),
                c.notSure(),
                c.skipped(),
                c.helped(),
                followUps(question, picked));
    }

    /** The picked choices in the order of questions.yml (BAD's, then GOOD's); choices no longer in the file come last by id. */
    private static List<Tally.Picked> followUps(Optional<Question> question, Map<String, Integer> picked) {
        Map<String, Integer> left = new LinkedHashMap<>(picked);
        List<Tally.Picked> result = new ArrayList<>();
        List<FollowUp> known = new ArrayList<>();
        question.ifPresent(q -> {
            known.addAll(q.ifBad());
            known.addAll(q.ifGood());
        });
        for (FollowUp f : known) {
            Integer count = left.remove(f.id());
            if (count != null) {
                result.add(new Tally.Picked(f.id(), f.text(), count));
            }
        }
        left.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.add(new Tally.Picked(e.getKey(), e.getKey(), e.getValue())));
        return result;
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
