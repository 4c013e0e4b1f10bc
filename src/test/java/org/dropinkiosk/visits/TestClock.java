package org.dropinkiosk.visits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock that stands still until a test moves it, in the venue's zone. */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public TestClock(LocalDateTime at, ZoneId zone) {
        this.zone = zone;
        set(at);
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
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
