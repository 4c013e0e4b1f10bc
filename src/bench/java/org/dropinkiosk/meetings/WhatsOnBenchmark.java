package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What's on with the largest calendar the limits allow: an .ics of 500 events (the most one file may add),
 * each with the largest rule (twice a day, every day). Prints the import time, one fresh expansion (what the
 * first visitor after a change or a new day waits for) and a kept answer (every other visitor).
 * Run: {@code ./mvnw -B verify -Pbench -Dit.test=WhatsOnBenchmark}. It prints figures; it asserts no times.
 */
@SpringBootTest
@Import(FixedClock.class)
class WhatsOnBenchmark {

    private static final int EVENTS = IcsCalendar.MAX_EVENTS;

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whats_on_with_500_series_of_the_largest_rule() {
        FixedClock.noMeetings(jdbc);
        String[] events = new String[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            events[i] = CalendarLimitsTest.event("bench-" + i + "@x", "Meeting " + i, CalendarLimitsTest.LARGEST_RULE);
        }
        long t0 = System.nanoTime();
        Meetings.ImportReport report = meetings.importIcs("largest.ics", CalendarLimitsTest.calendar(events));
        double importMs = (System.nanoTime() - t0) / 1e6;
        assertThat(report.added()).hasSize(EVENTS);

        List<Double> fresh = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            meetings.forgetUpcoming();
            long s = System.nanoTime();
            assertThat(meetings.upcoming(4)).hasSize(4);
            fresh.add((System.nanoTime() - s) / 1e6);
        }
        List<Double> kept = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long s = System.nanoTime();
            meetings.upcoming(4);
            kept.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(fresh);
        Collections.sort(kept);
        System.out.printf(
                "[bench] What's on, %d series of %s: import %.0f ms; fresh expansion median %.0f ms (max %.0f ms, %d runs);"
                        + " kept answer median %.3f ms, p95 %.3f ms (%d calls)%n",
                EVENTS,
                CalendarLimitsTest.LARGEST_RULE,
                importMs,
                fresh.get(fresh.size() / 2),
                fresh.get(fresh.size() - 1),
                fresh.size(),
                kept.get(kept.size() / 2),
                kept.get((int) (kept.size() * 0.95)),
                kept.size());
        FixedClock.noMeetings(jdbc);
    }
}
