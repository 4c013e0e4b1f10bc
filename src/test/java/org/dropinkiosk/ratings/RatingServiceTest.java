package org.dropinkiosk.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.dropinkiosk.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Answers are stored anonymously, a quick repeat press counts once, and an answer can be taken back. */
@SpringBootTest
@Import(RatingsTestClock.class)
class RatingServiceTest {

    @Autowired
    RatingService ratings;

    @Autowired
    RatingTallies tallies;

    @Autowired
    QuestionCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    QuestionSet nhs;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM answer").update();
        nhs = catalog.set("nhs").orElseThrow();
    }

    @Test
    void an_answer_row_holds_no_visitor_reference_only_time_venue_set_question_answer_helped_follow_ups_and_sitting() {
        List<String> columns = jdbc.sql(
                        "SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'answer' ORDER BY ordinal_position")
                .query(String.class)
                .list();
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "id",
                        "venue_id",
                        "sitting_id",
                        "question_set",
                        "question_id",
                        "answer",
                        "helped",
                        "answered_at",
                        "follow_ups");
        Integer links = jdbc.sql("""
                SELECT COUNT(*) FROM information_schema.referential_constraints rc
                JOIN information_schema.table_constraints tc ON tc.constraint_name = rc.constraint_name
                WHERE LOWER(tc.table_name) = 'answer'""").query(Integer.class).single();
        assertThat(links).as("foreign keys from answer to anything").isZero();
    }

    @Test
    void a_stored_answer_has_a_random_sitting_id_and_its_time_is_rounded_to_the_minute() {
        Sitting one = ratings.startSitting(nhs);
        Sitting two = ratings.startSitting(nhs);
        assertThat(one.id()).isNotEqualTo(two.id()).matches("[0-9a-f-]{36}");
        assertThat(ratings.answer(one, "paid", Answer.GOOD)).isTrue();
        Map<String, Object> row = jdbc.sql(
                        "SELECT venue_id, sitting_id, question_set, question_id, answer, answered_at FROM answer")
                .query((rs, n) -> Map.<String, Object>of(
                        "venue",
                        rs.getString(1),
                        "sitting",
                        rs.getString(2),
                        "set",
                        rs.getString(3),
                        "question",
                        rs.getString(4),
                        "answer",
                        rs.getString(5),
                        "at",
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .single();
        assertThat(row)
                .containsEntry("venue", "main")
                .containsEntry("sitting", one.id())
                .containsEntry("set", "nhs")
                .containsEntry("question", "paid")
                .containsEntry("answer", "GOOD")
                .containsEntry("at", clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }

    @Test
    void a_repeat_press_within_the_guard_is_ignored_and_counts_once() {
        Sitting sitting = ratings.startSitting(nhs);
        assertThat(ratings.answer(sitting, "paid", Answer.GOOD)).isTrue();
        clock.advance(Duration.ofMillis(300));
        assertThat(ratings.answer(sitting, "paid", Answer.GOOD)).isFalse();
        assertThat(ratings.change(sitting, "paid"))
                .as("a bounce onto Change my answer")
                .isFalse();
        assertThat(count(sitting, "GOOD")).isEqualTo(1);
    }

    @Test
    void a_press_after_the_guard_counts_again() {
        Sitting sitting = ratings.startSitting(nhs);
        ratings.answer(sitting, "paid", Answer.GOOD);
        clock.advance(Duration.ofMillis(1600));
        assertThat(ratings.answer(sitting, "words", Answer.BAD)).isTrue();
        assertThat(count(sitting, "GOOD")).isEqualTo(1);
        assertThat(count(sitting, "BAD")).isEqualTo(1);
    }

    @Test
    void change_my_answer_takes_the_answer_back_and_the_new_one_replaces_it() {
        Sitting sitting = ratings.startSitting(nhs);
        ratings.answer(sitting, "paid", Answer.GOOD);
        clock.advance(Duration.ofSeconds(2));
        assertThat(ratings.change(sitting, "paid")).isTrue();
        assertThat(count(sitting, "GOOD")).isZero();
        clock.advance(Duration.ofSeconds(2));
        ratings.answer(sitting, "paid", Answer.BAD);
        assertThat(count(sitting, "GOOD")).isZero();
        assertThat(count(sitting, "BAD")).isEqualTo(1);
    }

    @Test
    void helped_is_stored_on_every_answer_of_the_sitting_and_no_other() {
        Sitting sitting = ratings.startSitting(nhs);
        Sitting other = ratings.startSitting(nhs);
        ratings.answer(sitting, "paid", Answer.GOOD);
        ratings.answer(other, "paid", Answer.BAD);
        clock.advance(Duration.ofSeconds(2));
        ratings.answer(sitting, "words", Answer.SKIPPED);
        clock.advance(Duration.ofSeconds(2));
        assertThat(ratings.helped(sitting, true)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer WHERE helped = TRUE")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer WHERE helped IS NULL")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void tallies_count_each_answer_per_question_in_the_date_range_with_the_share_helped() {
        for (Answer a : List.of(Answer.GOOD, Answer.GOOD, Answer.BAD, Answer.NOT_SURE, Answer.SKIPPED)) {
            Sitting s = ratings.startSitting(nhs);
            ratings.answer(s, "paid", a);
            if (a == Answer.GOOD) {
                clock.advance(Duration.ofSeconds(2));
                ratings.helped(s, true);
            }
        }
        clock.advance(Duration.ofDays(3));
        ratings.answer(ratings.startSitting(nhs), "paid", Answer.BAD);

        List<Tally> march5 = tallies.tallies(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5));
        assertThat(march5).singleElement().satisfies(t -> {
            assertThat(t.questionText()).isEqualTo("Were you paid for your time?");
            assertThat(List.of(t.good(), t.bad(), t.notSure(), t.skipped(), t.helped()))
                    .containsExactly(2, 1, 1, 1, 2);
            assertThat(t.helpedShare()).isEqualTo(0.4);
        });
        assertThat(tallies.tallies(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))
                        .getFirst()
                        .bad())
                .isEqualTo(2);
        assertThat(tallies.tallies(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 7)))
                .isEmpty();
    }

    @Test
    void follow_ups_are_stored_with_the_answer_in_file_order_and_unknown_ids_are_dropped() {
        Sitting sitting = ratings.startSitting(nhs);
        ratings.answer(sitting, "words", Answer.BAD);
        clock.advance(Duration.ofSeconds(2));
        assertThat(ratings.followUps(sitting, "words", Answer.BAD, List.of("no-easy-read", "made-up", "hard-words")))
                .isTrue();
        assertThat(jdbc.sql("SELECT follow_ups FROM answer WHERE sitting_id = ?")
                        .param(sitting.id())
                        .query(String.class)
                        .single())
                .isEqualTo("hard-words;no-easy-read");
        clock.advance(Duration.ofMillis(300));
        assertThat(ratings.change(sitting, "words"))
                .as("a bounce from Done onto Change my answer")
                .isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(ratings.change(sitting, "words")).isTrue();
        assertThat(count(sitting, "BAD")).as("the picks went with the answer").isZero();
    }

    @Test
    void a_pick_right_after_the_answer_or_the_same_pick_twice_is_a_double_tap_but_two_choices_may_follow_quickly() {
        Sitting sitting = ratings.startSitting(nhs);
        ratings.answer(sitting, "words", Answer.BAD);
        clock.advance(Duration.ofMillis(300));
        assertThat(ratings.pick(sitting, "hard-words"))
                .as("the BAD double tap lands on a choice")
                .isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(ratings.pick(sitting, "hard-words")).isTrue();
        clock.advance(Duration.ofMillis(300));
        assertThat(ratings.pick(sitting, "hard-words")).isFalse();
        assertThat(ratings.pick(sitting, "too-fast")).isTrue();
        assertThat(ratings.followUps(sitting, "words", Answer.BAD, List.of("hard-words", "too-fast")))
                .as("Done straight after a pick")
                .isTrue();
    }

    @Test
    void tallies_count_each_follow_up_picked_in_the_order_of_the_file() {
        for (List<String> picked :
                List.of(List.of("not-paid"), List.of("not-paid", "paid-own-travel"), List.<String>of())) {
            Sitting s = ratings.startSitting(nhs);
            ratings.answer(s, "paid", Answer.BAD);
            clock.advance(Duration.ofSeconds(2));
            ratings.followUps(s, "paid", Answer.BAD, picked);
        }
        LocalDate today = LocalDate.now(clock);
        assertThat(tallies.tallies(today, today)).singleElement().satisfies(t -> {
            assertThat(t.bad()).isEqualTo(3);
            assertThat(t.followUps())
                    .containsExactly(
                            new Tally.Picked("not-paid", "We were not paid", 2),
                            new Tally.Picked("paid-own-travel", "We paid for our own travel", 1));
        });
    }

    private int count(Sitting sitting, String answer) {
        return jdbc.sql("SELECT COUNT(*) FROM answer WHERE sitting_id = ? AND answer = ?")
                .params(sitting.id(), answer)
                .query(Integer.class)
                .single();
    }
}
