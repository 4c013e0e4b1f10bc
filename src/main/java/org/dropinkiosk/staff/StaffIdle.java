package org.dropinkiosk.staff;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When a staff session ends, and the one way it is ended: after ten minutes without a press (the last press is kept
 * in the HTTP session), and when staff or a rule end it. Each end is audited with its reason.
 */
@Component
public class StaffIdle {

    public static final Duration LIMIT = Duration.ofMinutes(10);
    /** Why a session ended after {@link #LIMIT}, in the audit trail's words. */
    public static final String IDLE = "10 minutes without a press";

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

    /**
     * Ends the staff session of the request being served, audited with {@code why}: nothing of it is left for the
     * next person. Staff pages end it through {@code StaffIdleWatch.end}, which also takes the page to Home.
     */
    public void end(String why) {
        end(session(), why);
    }

    /** Ends {@code session}, audited with {@code why} when staff were logged in with it. */
    public void end(HttpSession session, String why) {
        SecurityContextHolder.clearContext();
        if (session == null) {
            return;
        }
        try {
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
                loggingOut(why);
            }
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // the session ended on its own in the meantime
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
