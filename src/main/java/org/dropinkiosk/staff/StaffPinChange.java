package org.dropinkiosk.staff;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Changes the staff PIN from the staff area: the new PIN's bcrypt hash goes into kiosk.yml through
 * the same writer as SetPin, the running login uses it at once, and the change is audited. Only
 * the Change the PIN page (a staff page) calls this: while no PIN is set nobody can reach it.
 */
@Service
public class StaffPinChange {

    /** What the change came to. */
    public enum Result {
        CHANGED,
        WRONG_CURRENT,
        NOT_THE_SAME,
        WRONG_LENGTH,
        NOT_SAVED
    }

    private static final Logger log = LoggerFactory.getLogger(StaffPinChange.class);
    private final StaffPin pin;
    private final StaffLogin login;
    private final ApplicationEventPublisher events;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

    public StaffPinChange(StaffPin pin, StaffLogin login, ApplicationEventPublisher events) {
        this.pin = pin;
        this.login = login;
        this.events = events;
    }

    /** The current PIN is checked again here (a wrong one counts in the throttle), then the new one. */
    public Result change(String current, String first, String second) {
        if (!(login.confirm(current) instanceof StaffLogin.Outcome.Confirmed)) {
            return Result.WRONG_CURRENT;
        }
        switch (NewPin.check(first, second)) {
            case NOT_THE_SAME -> {
                return Result.NOT_THE_SAME;
            }
            case WRONG_LENGTH -> {
                return Result.WRONG_LENGTH;
            }
            case FINE -> {}
        }
        try {
            pin.change(encoder.encode(first));
        } catch (IOException | RuntimeException e) {
            log.warn("The new staff PIN could not be written to {}: {}", pin.file(), e.toString());
            events.publishEvent(new PinChanged(false));
            return Result.NOT_SAVED;
        }
        events.publishEvent(new PinChanged(true));
        return Result.CHANGED;
    }
}
