package org.dropinkiosk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The one test clock: a venue clock that stands still until a test moves it (every package's tests use it). */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** At this wall-clock time in the venue's zone. */
    public TestClock(LocalDateTime at, ZoneId zone) {
        this(at.atZone(zone).toInstant(), zone);
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(LocalDateTime at) {
        now = at.atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
