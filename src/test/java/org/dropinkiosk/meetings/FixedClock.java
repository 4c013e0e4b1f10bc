package org.dropinkiosk.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.dropinkiosk.testing.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Thursday 3 December 2026, 9 o'clock in the morning in London, for every meetings test with the app. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Bean
    @Primary
    Clock fixedVenueClock() {
        return new TestClock(NOW, ZoneId.of("Europe/London"));
    }

    /** Starts each test with no meetings (the seeded ones included). */
    public static void noMeetings(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM meeting_exception").update();
        jdbc.sql("DELETE FROM meeting").update();
    }
}
