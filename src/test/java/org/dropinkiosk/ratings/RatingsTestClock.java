package org.dropinkiosk.ratings;

import java.time.Instant;
import java.time.ZoneId;
import org.dropinkiosk.testing.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A venue clock the ratings tests move by hand (the repeat guard and the days of the tallies need it). */
@TestConfiguration(proxyBeanMethods = false)
public class RatingsTestClock {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(Instant.parse("2026-03-05T10:15:42Z"), ZoneId.of("Europe/London"));
    }
}
