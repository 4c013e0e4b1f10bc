package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Ten minutes without a press end the staff session; a press starts the ten minutes again. */
class StaffIdleTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"), StaffTestData.ZONE);
    private final List<Object> events = new ArrayList<>();
    private final StaffIdle idle = new StaffIdle(clock, events::add);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void unbind() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_session_ends_after_ten_minutes_without_a_press() {
        request();
        idle.touch();
        clock.advance(Duration.ofMinutes(9));
        assertThat(idle.expired()).isFalse();
        idle.touch();
        clock.advance(Duration.ofMinutes(10));
        assertThat(idle.expired()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(idle.expired()).isTrue();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, "staff");
        idle.end(StaffIdle.IDLE);
        assertThat(session.isInvalid()).isTrue();
        assertThat(events).containsExactly(new StaffLoggedOut(StaffIdle.IDLE));
    }

    @Test
    void a_session_without_a_staff_login_ends_without_an_audit_line() {
        request();
        idle.end(session, "the session came in by the other door");
        assertThat(session.isInvalid()).isTrue();
        assertThat(events).isEmpty();
        idle.end(session, "ended twice");
        assertThat(events).isEmpty();
    }

    private void request() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
