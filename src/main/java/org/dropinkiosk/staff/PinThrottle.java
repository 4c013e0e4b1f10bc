package org.dropinkiosk.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * At most five wrong PINs in fifteen minutes per kiosk, then nobody gets in with the PIN until the
 * fifteen minutes from the first of those five are over. The recovery code is never locked: after
 * a wrong one the next is taken 1, 2, 4 ... seconds later, never more than 60 (decision 803).
 * The counts come from the audit trail ({@link LoginTries}), so a restart of the kiosk does not reset them.
 */
@Component
public class PinThrottle {

    public static final int MAX_WRONG = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration RECOVERY_WINDOW = Duration.ofHours(1);
    public static final Duration LONGEST_RECOVERY_WAIT = Duration.ofSeconds(60);
    private static final int RECOVERY_STEPS = 7;

    private final LoginTries tries;

    public PinThrottle(LoginTries tries) {
        this.tries = tries;
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

    /**
     * When the next recovery-code try is taken, if it is too soon now: the wait doubles with each
     * wrong code in the last hour (1, 2, 4 ... seconds after the last one) and stops at 60 seconds.
     */
    public Optional<Instant> recoveryWaitUntil(Instant now) {
        List<Instant> wrong = tries.wrongRecoveryCodes(now.minus(RECOVERY_WINDOW), RECOVERY_STEPS);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        long seconds = Math.min(LONGEST_RECOVERY_WAIT.toSeconds(), 1L << (wrong.size() - 1));
        Instant until = wrong.getFirst().plusSeconds(seconds);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private List<Instant> recentWrong(Instant now) {
        return tries.wrongPins(now.minus(WINDOW), MAX_WRONG);
    }
}
