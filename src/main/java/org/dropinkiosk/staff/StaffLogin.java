package org.dropinkiosk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a PIN (or password), or the recovery code, against the hashes in kiosk.yml, with the
 * throttle, and audits every try. Refused tries in a row are one audit line with a count.
 */
@Service
public class StaffLogin {

    /** The one name staff act under: the kiosk has one shared PIN. */
    public static final String ACTOR = "staff";

    /** What a try at the PIN or the recovery code came to. */
    public sealed interface Outcome {
        record LoggedIn(Authentication authentication) implements Outcome {}
        /** The current PIN was typed right on the Change the PIN page (no new login). */
        record Confirmed() implements Outcome {}

        record Wrong(int triesLeft) implements Outcome {}
        /** {@code until} is the local time, rounded up to the minute, when the PIN pad opens again. */
        record Locked(LocalTime until) implements Outcome {}
        /** A recovery code came sooner after a wrong one than the growing wait allows. */
        record TooSoon(long seconds) implements Outcome {}

        record NoPinSet() implements Outcome {}
    }

    private final StaffPin pin;
    private final PinThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public StaffLogin(StaffPin pin, PinThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.pin = pin;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    public boolean pinIsSet() {
        return pin.isSet();
    }

    public boolean recoveryCodeIsSet() {
        return !pin.recoveryHash().isBlank();
    }

    /** When the PIN pad opens again, if this kiosk is locked out now. */
    public Optional<LocalTime> lockedUntil() {
        return throttle.lockedUntil(clock.instant()).map(this::localMinute);
    }

    /** One try at logging in with the PIN; serialised so that parallel tries cannot slip past the throttle. */
    public synchronized Outcome attempt(String secret, String via) {
        return checkPin(secret, via, false);
    }

    /**
     * The current PIN, typed again to change it: throttled and counted exactly like a login. The
     * recovery code is taken too (it is 20 digits, longer than any PIN pad PIN), so staff who got in
     * with it can set a PIN they know.
     */
    public synchronized Outcome confirm(String secret) {
        String code = RecoveryCode.normalise(secret);
        String recovery = pin.recoveryHash();
        if (!recovery.isBlank()
                && code.length() >= RecoveryCode.DIGITS
                && code.length() <= SetPin.LONGEST
                && encoder.matches(code, recovery)) {
            return new Outcome.Confirmed();
        }
        return checkPin(secret, "Change the PIN", true);
    }

    /**
     * One try with the recovery code. It works while the PIN pad is locked; its own guessing is
     * slowed by a wait that doubles after each wrong code, up to a minute.
     */
    public synchronized Outcome recover(String code, String via) {
        String hash = pin.recoveryHash();
        if (!pin.isSet() || hash.isBlank()) {
            return new Outcome.NoPinSet();
        }
        Instant now = clock.instant();
        var wait = throttle.recoveryWaitUntil(now);
        if (wait.isPresent()) {
            long seconds = Math.max(1, Duration.between(now, wait.get()).toSeconds() + 1);
            events.publishEvent(new StaffLoginTried.RecoveryRefusedTooSoon(via));
            return new Outcome.TooSoon(seconds);
        }
        String typed = RecoveryCode.normalise(code);
        if (!typed.isEmpty() && typed.length() <= SetPin.LONGEST && encoder.matches(typed, hash)) {
            events.publishEvent(new StaffLoginTried.LoggedIn(via, true));
            return new Outcome.LoggedIn(staff());
        }
        events.publishEvent(new StaffLoginTried.RecoveryCodeWrong(via));
        return new Outcome.Wrong(-1);
    }

    private Outcome checkPin(String secret, String via, boolean confirmOnly) {
        String hash = pin.pinHash();
        if (hash.isBlank()) {
            return new Outcome.NoPinSet();
        }
        Instant now = clock.instant();
        var locked = throttle.lockedUntil(now);
        if (locked.isPresent()) {
            LocalTime until = localMinute(locked.get());
            events.publishEvent(new StaffLoginTried.RefusedWhileLocked(via, until));
            return new Outcome.Locked(until);
        }
        if (secret != null && !secret.isEmpty() && secret.length() <= SetPin.LONGEST && encoder.matches(secret, hash)) {
            if (confirmOnly) {
                return new Outcome.Confirmed();
            }
            events.publishEvent(new StaffLoginTried.LoggedIn(via, false));
            return new Outcome.LoggedIn(staff());
        }
        events.publishEvent(new StaffLoginTried.PinWrong(via));
        var nowLocked = throttle.lockedUntil(now);
        if (nowLocked.isPresent()) {
            LocalTime until = localMinute(nowLocked.get());
            events.publishEvent(new StaffLoginTried.LockedOut(via, until));
            return new Outcome.Locked(until);
        }
        return new Outcome.Wrong(throttle.triesLeft(now));
    }

    private static Authentication staff() {
        return UsernamePasswordAuthenticationToken.authenticated(
                ACTOR, null, List.of(new SimpleGrantedAuthority("ROLE_" + StaffPage.ROLE)));
    }

    private LocalTime localMinute(Instant instant) {
        Instant up = instant.truncatedTo(ChronoUnit.MINUTES);
        if (up.isBefore(instant)) {
            up = up.plus(1, ChronoUnit.MINUTES);
        }
        return LocalTime.ofInstant(up, clock.getZone());
    }
}
