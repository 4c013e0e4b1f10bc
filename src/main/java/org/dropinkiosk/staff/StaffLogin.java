package org.dropinkiosk.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/** Checks a PIN (or password) against the hash in kiosk.yml, with the throttle, and audits every try. */
@Service
public class StaffLogin {

    /** The one name staff act under: the kiosk has one shared PIN. */
    public static final String ACTOR = "staff";

    /** What a try at the PIN came to. */
    public sealed interface Outcome {
        record LoggedIn(Authentication authentication) implements Outcome { }
        record Wrong(int triesLeft) implements Outcome { }
        /** {@code until} is the local time, rounded up to the minute, when the PIN pad opens again. */
        record Locked(LocalTime until) implements Outcome { }
        record NoPinSet() implements Outcome { }
    }

    private final KioskSettings settings;
    private final PinThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public StaffLogin(KioskSettings settings, PinThrottle throttle, AuditTrail audit, Clock clock) {
        this.settings = settings;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean pinIsSet() {
        return settings.hasStaffPin();
    }

    /** When the PIN pad opens again, if this kiosk is locked out now. */
    public java.util.Optional<LocalTime> lockedUntil() {
        return throttle.lockedUntil(clock.instant()).map(this::localMinute);
    }

    /** One try; serialised so that parallel tries cannot slip past the throttle. */
    public synchronized Outcome attempt(String secret, String via) {
        if (!settings.hasStaffPin()) {
            return new Outcome.NoPinSet();
        }
        Instant now = clock.instant();
        var locked = throttle.lockedUntil(now);
        if (locked.isPresent()) {
            LocalTime until = localMinute(locked.get());
            audit.record(ACTOR, "login-refused", "Locked out until " + until + " (" + via + ")");
            return new Outcome.Locked(until);
        }
        if (secret != null && !secret.isEmpty() && encoder.matches(secret, settings.staffPinHash())) {
            audit.record(ACTOR, PinThrottle.LOGGED_IN, "Logged in (" + via + ")");
            return new Outcome.LoggedIn(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + StaffPage.ROLE))));
        }
        audit.record(ACTOR, PinThrottle.FAILED, "Wrong PIN (" + via + ")");
        var nowLocked = throttle.lockedUntil(now);
        if (nowLocked.isPresent()) {
            LocalTime until = localMinute(nowLocked.get());
            audit.record(ACTOR, "lockout", PinThrottle.MAX_WRONG + " wrong PINs in 15 minutes; locked until " + until);
            return new Outcome.Locked(until);
        }
        return new Outcome.Wrong(throttle.triesLeft(now));
    }

    private LocalTime localMinute(Instant instant) {
        Instant up = instant.truncatedTo(ChronoUnit.MINUTES);
        if (up.isBefore(instant)) {
            up = up.plus(1, ChronoUnit.MINUTES);
        }
        return LocalTime.ofInstant(up, clock.getZone());
    }
}
