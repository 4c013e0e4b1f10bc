package org.dropinkiosk.staff;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A staff session ends after ten minutes without a press; the last press is kept in the HTTP session. */
@Component
public class StaffIdle {

    public static final Duration LIMIT = Duration.ofMinutes(10);
    private static final String LAST_ACTIVE = StaffIdle.class.getName() + ".lastActive";

    private final Clock clock;
    private final ApplicationEventPublisher events;

    public StaffIdle(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    /** Staff did something now. */
    public void touch() {
        HttpSession session = session();
        if (session != null) {
            session.setAttribute(LAST_ACTIVE, clock.instant());
        }
    }

    /** True when staff have done nothing for ten minutes. */
    public boolean expired() {
        HttpSession session = session();
        if (session == null) {
            return false;
        }
        Object last = session.getAttribute(LAST_ACTIVE);
        return last instanceof Instant at && clock.instant().isAfter(at.plus(LIMIT));
    }

    /** Says why the staff session is ending, for the audit trail; {@code why} e.g. "Home pressed". */
    public void loggingOut(String why) {
        events.publishEvent(new StaffLoggedOut(why));
    }

    /** Ends the staff session: nothing of it is left for the next person. */
    public void end() {
        HttpSession session = session();
        SecurityContextHolder.clearContext();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // the session ended on its own in the meantime
            }
        }
    }

    private static HttpSession session() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(false);
        }
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        return vaadin == null ? null : vaadin.getHttpServletRequest().getSession(false);
    }
}
