package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Five wrong PINs in fifteen minutes lock the kiosk, even against the right PIN; with a clock we move by hand. */
@SpringBootTest
class PinThrottleTest {

    @Autowired
    JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:30:00Z"), ZoneId.of("Europe/London"));
    private StaffLogin login;
    private String venue;

    @BeforeEach
    void freshKiosk() {
        venue = StaffTestData.venue("throttle");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        AuditTrail audit = new AuditTrail(jdbc, clock, settings);
        login = new StaffLogin(settings, new PinThrottle(jdbc, settings), audit, clock);
    }

    @Test
    void the_right_pin_logs_in_and_is_audited() {
        assertThat(login.attempt(StaffTestData.PIN, "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
        assertThat(actions()).containsExactly("login");
    }

    @Test
    void five_wrong_pins_lock_out_even_the_right_pin_until_fifteen_minutes_after_the_first() {
        for (int i = 4; i >= 1; i--) {
            clock.advance(Duration.ofSeconds(20));
            assertThat(login.attempt("0000", "test")).isEqualTo(new StaffLogin.Outcome.Wrong(i));
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(login.attempt("0000", "test")).isEqualTo(new StaffLogin.Outcome.Locked(LocalTime.of(10, 46)));
        assertThat(login.attempt(StaffTestData.PIN, "test")).isEqualTo(new StaffLogin.Outcome.Locked(LocalTime.of(10, 46)));

        clock.advance(Duration.ofMinutes(13)); // 10:44:40, the first wrong try was at 10:30:20
        assertThat(login.attempt(StaffTestData.PIN, "test")).isInstanceOf(StaffLogin.Outcome.Locked.class);
        clock.advance(Duration.ofMinutes(1)); // 10:45:40: that first try is more than 15 minutes old
        assertThat(login.attempt(StaffTestData.PIN, "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
        assertThat(actions()).containsSubsequence("login-failed", "lockout", "login-refused", "login");
        assertThat(actions()).filteredOn("lockout"::equals).hasSize(1);
    }

    @Test
    void wrong_tries_older_than_fifteen_minutes_do_not_count() {
        for (int i = 0; i < 4; i++) {
            login.attempt("1111", "test");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(login.attempt("1111", "test")).isEqualTo(new StaffLogin.Outcome.Wrong(4));
    }

    @Test
    void a_good_login_starts_the_count_again() {
        for (int i = 0; i < 4; i++) {
            login.attempt("1111", "test");
        }
        clock.advance(Duration.ofSeconds(1));
        login.attempt(StaffTestData.PIN, "test");
        clock.advance(Duration.ofSeconds(1));
        assertThat(login.attempt("1111", "test")).isEqualTo(new StaffLogin.Outcome.Wrong(4));
    }

    @Test
    void the_lockout_is_per_kiosk() {
        for (int i = 0; i < 5; i++) {
            login.attempt("1111", "test");
        }
        KioskSettings other = StaffTestData.settings(StaffTestData.venue("other"), Path.of("target/test-data"));
        StaffLogin otherKiosk = new StaffLogin(other, new PinThrottle(jdbc, other), new AuditTrail(jdbc, clock, other), clock);
        assertThat(otherKiosk.attempt(StaffTestData.PIN, "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
    }

    @Test
    void without_a_pin_hash_nobody_gets_in() {
        KioskSettings none = new KioskSettings("Test", venue, java.util.Locale.UK, ZoneOffset.UTC, Duration.ofSeconds(60),
                140, 30, "", Path.of("kiosk-config"), Path.of("target/test-data"));
        StaffLogin closed = new StaffLogin(none, new PinThrottle(jdbc, none), new AuditTrail(jdbc, clock, none), clock);
        assertThat(closed.attempt("", "test")).isInstanceOf(StaffLogin.Outcome.NoPinSet.class);
        assertThat(closed.pinIsSet()).isFalse();
    }

    private java.util.List<String> actions() {
        return jdbc.sql("SELECT action FROM audit_event WHERE venue_id = ? ORDER BY id").param(venue).query(String.class).list();
    }
}
