package org.dropinkiosk.ratings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what visitors say, anonymously: time (to the minute), venue, set, question, answer,
 * whether someone helped, and the sitting's random id. A press that follows the last one of the
 * same sitting within the repeat guard is ignored, so a shaky double tap counts once. The follow-up
 * choices a visitor picks after GOOD or BAD are kept on the same row, so taking the answer back takes them too.
 */
@Service
public class RatingService {

    /** Between the ids of the follow-up choices stored with one answer. */
    public static final String SEPARATOR = ";";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KioskSettings kiosk;
    private final RatingsSettings settings;

    RatingService(JdbcClient jdbc, Clock clock, KioskSettings kiosk, RatingsSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kiosk = kiosk;
        this.settings = settings;
    }

    public Sitting startSitting(QuestionSet set) {
        return new Sitting(set);
    }

    /** Stores (or replaces) the answer to one question; false when the press was a repeat and ignored. */
    @Transactional
    public boolean answer(Sitting sitting, String questionId, Answer answer) {
        if (sitting.set().question(questionId).isEmpty()) {
            throw new IllegalArgumentException(
                    "No question " + questionId + " in set " + sitting.set().id());
        }
        if (!sitting.press(clock.instant(), settings.repeatGuard())) {
            return false;
        }
        delete(sitting, questionId);
        jdbc.sql("""
                INSERT INTO answer (venue_id, sitting_id, question_set, question_id, answer, answered_at)
                VALUES (:venue, :sitting, :set, :question, :answer, :at)""")
                .param("venue", kiosk.venueId())
                .param("sitting", sitting.id())
                .param("set", sitting.set().id())
                .param("question", questionId)
                .param("answer", answer.name())
                .param(
                        "at",
                        OffsetDateTime.now(clock)
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .truncatedTo(ChronoUnit.MINUTES))
                .update();
        return true;
    }

    /** A press on a follow-up choice; false when it was a double tap and is ignored. The picks live on the screen until Done. */
    public boolean pick(Sitting sitting, String choiceId) {
        return sitting.press(clock.instant(), settings.repeatGuard(), choiceId);
    }

    /**
     * Done on the follow-up screen: the picked choices are stored with the answer, in the order of questions.yml,
     * separated by {@value #SEPARATOR}. False when the press was a repeat and ignored.
     */
    @Transactional
    public boolean followUps(Sitting sitting, String questionId, Answer answer, Collection<String> picked) {
        Question question = sitting.set()
                .question(questionId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No question " + questionId + " in set " + sitting.set().id()));
        if (!sitting.press(clock.instant(), settings.repeatGuard())) {
            return false;
        }
        String chosen = question.followUps(answer).stream()
                .map(FollowUp::id)
                .filter(picked::contains)
                .collect(Collectors.joining(SEPARATOR));
        jdbc.sql(
                        "UPDATE answer SET follow_ups = :chosen WHERE sitting_id = :sitting AND question_id = :question AND answer = :answer")
                .param("chosen", chosen.isEmpty() ? null : chosen)
                .param("sitting", sitting.id())
                .param("question", questionId)
                .param("answer", answer.name())
                .update();
        return true;
    }

    /** "Change my answer": the answer is taken back, so the question can be answered again. */
    @Transactional
    public boolean change(Sitting sitting, String questionId) {
        if (!sitting.press(clock.instant(), settings.repeatGuard())) {
            return false;
        }
        delete(sitting, questionId);
        return true;
    }

    /** "Did someone help you answer?": stored on every answer of the sitting. */
    @Transactional
    public boolean helped(Sitting sitting, boolean helped) {
        if (!sitting.press(clock.instant(), settings.repeatGuard())) {
            return false;
        }
        jdbc.sql("UPDATE answer SET helped = :helped WHERE sitting_id = :sitting")
                .param("helped", helped)
                .param("sitting", sitting.id())
                .update();
        return true;
    }

    private void delete(Sitting sitting, String questionId) {
        jdbc.sql("DELETE FROM answer WHERE sitting_id = :sitting AND question_id = :question")
                .param("sitting", sitting.id())
                .param("question", questionId)
                .update();
    }
}
