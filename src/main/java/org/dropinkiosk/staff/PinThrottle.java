package org.dropinkiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At most five wrong PINs in fifteen minutes per kiosk, then nobody gets in until the fifteen
 * minutes from the first of those five are over. The count comes from the audit trail, so a
 * restart of the kiosk does not reset it.
 */
@Component
public class PinThrottle {

    public static final int MAX_WRONG = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final String FAILED = "login-failed";
    static final String LOGGED_IN = "login";

    private final JdbcClient jdbc;
    private final String venueId;

    public PinThrottle(JdbcClient jdbc, KioskSettings settings) {
        this.jdbc = jdbc;
        this.venueId = settings.venueId();
    }

    /** When the lockout ends, if this kiosk is locked out at {@code now}. */
    public Optional<Instant> lockedUntil(Instant now) {
        List<Instant> wrong = recentWrong(now);
        if (wrong.size() < MAX_WRONG) {
            return Optional.empty();
        }
        Instant until = wrong.get(MAX_WRONG - 1).plus(WINDOW);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** How many wrong tries are left before the lockout. */
    public int triesLeft(Instant now) {
        return Math.max(0, MAX_WRONG - recentWrong(now).size());
    }

    /** Wrong PINs in the last fifteen minutes since the last good login, newest first. */
    private List<Instant> recentWrong(Instant now) {
        OffsetDateTime since = OffsetDateTime.ofInstant(now.minus(WINDOW), ZoneOffset.UTC);
        return jdbc.sql("""
                SELECT at FROM audit_event
                WHERE venue_id = :venue AND action = :failed AND at > :since
                  AND at > COALESCE((SELECT MAX(at) FROM audit_event WHERE venue_id = :venue AND action = :ok), :since)
                ORDER BY at DESC FETCH FIRST :n ROWS ONLY""")
                .param("venue", venueId).param("failed", FAILED).param("ok", LOGGED_IN)
                .param("since", since).param("n", MAX_WRONG)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .list();
    }
}
