package org.dropinkiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dropinkiosk.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/** Visits in the real database (H2, as the kiosk runs it), with the venue's clock fixed. */
@SpringBootTest
class VisitServiceTest {

    static final TestClock CLOCK = new TestClock(LocalDateTime.of(2026, 11, 26, 10, 30), ZoneId.of("Europe/London"));

    @TestBean
    Clock venueClock;

    static Clock venueClock() {
        return CLOCK;
    }

    @Autowired
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyAndMorning() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        CLOCK.set(LocalDateTime.of(2026, 11, 26, 10, 30));
    }

    private Visitor newVisitor(String name) {
        return visits.registerAndSignIn(new NewVisitor(name, "sun", "speak-up", true, false, false));
    }

    @Test
    void a_new_visitor_is_kept_and_signed_in() {
        Visitor sam = visits.registerAndSignIn(new NewVisitor("  Sam  ", "star", "speak-up", true, true, false));
        assertThat(sam.name()).isEqualTo("Sam");
        assertThat(visits.visitor(sam.id())).contains(sam);
        assertThat(visits.whoIsHere()).extracting(Present::name).containsExactly("Sam");
        assertThat(visits.whoIsHere().get(0).signedInAt()).isEqualTo(OffsetDateTime.parse("2026-11-26T10:30:00Z"));
        assertThat(visits.countToday()).isEqualTo(1);
    }

    @Test
    void a_second_sign_in_on_the_same_day_is_not_counted() {
        Visitor sam = newVisitor("Sam");
        assertThat(visits.signIn(sam.id())).isEqualTo(SignIn.ALREADY_SIGNED_IN);
        assertThat(visits.signIn(sam.id())).isEqualTo(SignIn.ALREADY_SIGNED_IN);
        assertThat(visits.countToday()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void the_next_day_counts_again() {
        Visitor sam = newVisitor("Sam");
        CLOCK.set(LocalDateTime.of(2026, 11, 27, 9, 0));
        assertThat(visits.signIn(sam.id())).isEqualTo(SignIn.SIGNED_IN);
        assertThat(visits.countToday()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visit").query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void going_home_signs_out_and_coming_back_the_same_day_is_still_one_visit() {
        Visitor sam = newVisitor("Sam");
        assertThat(visits.signOut(sam.id())).isTrue();
        assertThat(visits.isHere(sam.id())).isFalse();
        assertThat(visits.whoIsHere()).isEmpty();
        assertThat(visits.signOut(sam.id())).as("signing out twice").isFalse();
        assertThat(visits.signIn(sam.id())).isEqualTo(SignIn.ALREADY_SIGNED_IN);
        assertThat(visits.isHere(sam.id())).isTrue();
        assertThat(visits.countToday()).isEqualTo(1);
    }

    @Test
    void everyone_still_in_is_signed_out_at_the_set_time_and_not_before() {
        Visitor sam = newVisitor("Sam");
        Visitor ada = newVisitor("Ada");
        visits.signOut(ada.id());
        CLOCK.set(LocalDateTime.of(2026, 11, 26, 23, 58));
        assertThat(visits.signOutEveryoneStillIn()).isZero();
        assertThat(visits.isHere(sam.id())).isTrue();

        CLOCK.set(LocalDateTime.of(2026, 11, 26, 23, 59));
        assertThat(visits.signOutEveryoneStillIn()).isEqualTo(1);
        assertThat(visits.whoIsHere()).isEmpty();
        assertThat(jdbc.sql("SELECT signed_out_by FROM visit WHERE visitor_id = ?")
                        .param(sam.id())
                        .query(String.class)
                        .single())
                .isEqualTo("automatic");
        assertThat(jdbc.sql("SELECT signed_out_by FROM visit WHERE visitor_id = ?")
                        .param(ada.id())
                        .query(String.class)
                        .single())
                .as("who went home themselves keeps their own time")
                .isEqualTo("visitor");
        assertThat(visits.countToday()).as("signing out keeps the count").isEqualTo(2);
    }

    @Test
    void a_visit_left_open_while_the_kiosk_was_off_is_closed_at_that_days_sign_out_time() {
        Visitor sam = newVisitor("Sam");
        CLOCK.set(LocalDateTime.of(2026, 11, 28, 8, 0));
        assertThat(visits.signOutEveryoneStillIn()).isEqualTo(1);
        OffsetDateTime out = jdbc.sql("SELECT signed_out_at FROM visit WHERE visitor_id = ?")
                .param(sam.id())
                .query(OffsetDateTime.class)
                .single();
        assertThat(out.toInstant())
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 23, 59)
                        .atZone(ZoneId.of("Europe/London"))
                        .toInstant());
    }

    @Test
    void names_in_several_scripts_are_kept_as_typed() {
        List<String> names = List.of(
                "O'Brien", "Zoë", "José", "Łukasz", "Siobhán", "王芳", "Οδυσσέας", "Ньюман", "Mary-Jane", "Anne Marie");
        for (String name : names) {
            Visitor v = newVisitor(name);
            assertThat(visits.visitor(v.id()).orElseThrow().name()).isEqualTo(name);
        }
        assertThat(visits.shownVisitors()).extracting(Visitor::name).containsExactlyInAnyOrderElementsOf(names);
        assertThat(visits.countToday()).isEqualTo(names.size());
    }

    @Test
    void a_name_with_markup_digits_or_emoji_is_refused_and_nothing_is_kept() {
        for (String bad : List.of("", "   ", "<b>Sam</b>", "Sam\u0007", "Sam 😀", "R2D2", "x".repeat(61))) {
            assertThatThrownBy(() -> newVisitor(bad)).isInstanceOf(InvalidName.class);
        }
        assertThat(visits.countToday()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor").query(Integer.class).single())
                .isZero();
    }

    @Test
    void two_visitors_of_the_same_name_stay_apart_by_their_picture() {
        Visitor first = visits.registerAndSignIn(new NewVisitor("Sam", "sun", "none", true, false, false));
        assertThat(visits.symbolsTakenBy("sam")).containsExactly("sun");
        Visitor second = visits.registerAndSignIn(new NewVisitor("Sam", "cat", "none", true, false, false));
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(visits.shownVisitors()).extracting(Visitor::symbol).containsExactlyInAnyOrder("sun", "cat");
        assertThat(visits.countToday()).isEqualTo(2);
    }

    @Test
    void only_visitors_who_agreed_are_in_the_shown_list() {
        visits.registerAndSignIn(new NewVisitor("Ada", "sun", "none", true, false, false));
        visits.registerAndSignIn(new NewVisitor("Zed", "cat", "none", false, false, false));
        assertThat(visits.shownVisitors()).extracting(Visitor::name).containsExactly("Ada");
    }

    @Test
    void fifty_visitors_signing_in_at_once_are_all_recorded_exactly_once() throws Exception {
        List<Visitor> made = race(50, i -> newVisitor("Visitor " + letters(i)));
        assertThat(made).hasSize(50);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor").query(Integer.class).single())
                .isEqualTo(50);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT visitor_id) FROM visit")
                        .query(Integer.class)
                        .single())
                .isEqualTo(50);
        assertThat(visits.countToday()).isEqualTo(50);
        assertThat(visits.whoIsHere()).hasSize(50);
    }

    @Test
    void the_same_visitor_from_ten_threads_is_recorded_once() throws Exception {
        Visitor sam = newVisitor("Sam");
        visits.signOut(sam.id());
        jdbc.sql("DELETE FROM visit").update();
        List<SignIn> results = race(10, i -> visits.signIn(sam.id()));
        assertThat(results).filteredOn(r -> r == SignIn.SIGNED_IN).hasSize(1);
        assertThat(visits.countToday()).isEqualTo(1);
        assertThat(visits.isHere(sam.id())).isTrue();
    }

    private static String letters(int i) {
        return "" + (char) ('A' + i / 26) + (char) ('a' + i % 26);
    }

    interface Task<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> race(int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(n);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
