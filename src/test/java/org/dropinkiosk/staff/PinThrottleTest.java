package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.dropinkiosk.audit.AuditWiring;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Five wrong PINs in fifteen minutes lock the PIN, even the right one; the recovery code still opens
 * the staff area, its own guessing slowed by a growing wait; a PIN change applies at once. With a
 * clock we move by hand.
 */
@SpringBootTest
class PinThrottleTest {

    @Autowired
    JdbcClient jdbc;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:30:00Z"), ZoneId.of("Europe/London"));
    private StaffLogin login;
    private String venue;

    @BeforeEach
    void freshKiosk() {
        venue = StaffTestData.venue("throttle");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        ApplicationEventPublisher audit = AuditWiring.events(jdbc, clock, settings);
        login = new StaffLogin(pin(settings), new PinThrottle(AuditWiring.loginTries(jdbc, settings)), audit, clock);
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
        assertThat(login.attempt(StaffTestData.PIN, "test"))
                .isEqualTo(new StaffLogin.Outcome.Locked(LocalTime.of(10, 46)));

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
        StaffLogin otherKiosk = new StaffLogin(
                pin(other),
                new PinThrottle(AuditWiring.loginTries(jdbc, other)),
                AuditWiring.events(jdbc, clock, other),
                clock);
        assertThat(otherKiosk.attempt(StaffTestData.PIN, "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
    }

    @Test
    void without_a_pin_hash_nobody_gets_in() {
        KioskSettings none = new KioskSettings(
                "Test",
                venue,
                Locale.UK,
                ZoneOffset.UTC,
                Duration.ofSeconds(60),
                140,
                30,
                "",
                Path.of("kiosk-config"),
                Path.of("target/test-data"));
        StaffLogin closed = new StaffLogin(
                pin(none),
                new PinThrottle(AuditWiring.loginTries(jdbc, none)),
                AuditWiring.events(jdbc, clock, none),
                clock);
        assertThat(closed.attempt("", "test")).isInstanceOf(StaffLogin.Outcome.NoPinSet.class);
        assertThat(closed.pinIsSet()).isFalse();
    }

    @Test
    void refused_tries_during_a_lockout_are_one_audit_line_with_a_count() {
        for (int i = 0; i < 5; i++) {
            login.attempt("1111", "test");
        }
        for (int i = 0; i < 520; i++) {
            clock.advance(Duration.ofMillis(90));
            assertThat(login.attempt(i % 2 == 0 ? "1111" : StaffTestData.PIN, "test"))
                    .isInstanceOf(StaffLogin.Outcome.Locked.class);
        }
        assertThat(actions())
                .containsExactly(
                        "login-failed",
                        "login-failed",
                        "login-failed",
                        "login-failed",
                        "login-failed",
                        "lockout",
                        "login-refused");
        var refused = jdbc.sql(
                        "SELECT repeats, last_at FROM audit_event WHERE venue_id = ? AND action = 'login-refused'")
                .param(venue)
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant()})
                .single();
        assertThat(refused[0]).isEqualTo(520);
        assertThat(refused[1]).isEqualTo(clock.instant());
    }

    @Test
    void the_recovery_code_opens_the_staff_area_during_a_lockout_and_starts_the_pin_count_again() {
        for (int i = 0; i < 5; i++) {
            login.attempt("1111", "test");
        }
        assertThat(login.lockedUntil()).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(login.recover(StaffTestData.RECOVERY, "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
        assertThat(login.lockedUntil()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(login.attempt(StaffTestData.PIN, "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
        assertThat(detailOfLast("login")).isEqualTo("Logged in (test)");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_event WHERE venue_id = ? AND detail = 'Logged in with the recovery code (test)'")
                        .param(venue)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void wrong_recovery_codes_wait_longer_each_time_up_to_a_minute_and_never_lock_the_right_one_out() {
        String wrongCode = "0000 0000 0000 0000 0000";
        long[] waits = {1, 2, 4, 8, 16, 32, 60, 60, 60};
        for (long wait : waits) {
            assertThat(login.recover(wrongCode, "test")).isEqualTo(new StaffLogin.Outcome.Wrong(-1));
            clock.advance(Duration.ofMillis(500));
            // too soon: refused unchecked, even the right code, and not counted as a wrong code
            assertThat(login.recover(StaffTestData.RECOVERY, "test")).isInstanceOf(StaffLogin.Outcome.TooSoon.class);
            clock.advance(Duration.ofSeconds(wait).minusMillis(500));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE venue_id = ? AND action = 'recovery-failed'")
                        .param(venue)
                        .query(Integer.class)
                        .single())
                .isEqualTo(waits.length);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE venue_id = ? AND action = 'recovery-refused'")
                        .param(venue)
                        .query(Integer.class)
                        .single())
                .isEqualTo(waits.length);
        assertThat(login.recover(StaffTestData.RECOVERY.replace(" ", "-"), "test"))
                .isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
    }

    @Test
    void changing_the_pin_writes_kiosk_yml_uses_it_at_once_and_is_audited(@TempDir Path config) throws Exception {
        Path yml = config.resolve("kiosk.yml");
        Files.write(
                yml,
                List.of(
                        "# Our venue",
                        "kiosk:",
                        "  venue-name: Test venue",
                        "  staff-pin-hash: \"" + StaffTestData.PIN_HASH + "\""));
        KioskSettings settings = new KioskSettings(
                "Test",
                venue,
                Locale.UK,
                StaffTestData.ZONE,
                Duration.ofSeconds(60),
                140,
                30,
                StaffTestData.PIN_HASH,
                config,
                Path.of("target/test-data"));
        StaffPin pin = new StaffPin(settings, new StaffSettings(StaffTestData.RECOVERY_HASH, 400));
        ApplicationEventPublisher audit = AuditWiring.events(jdbc, clock, settings);
        StaffLogin here = new StaffLogin(pin, new PinThrottle(AuditWiring.loginTries(jdbc, settings)), audit, clock);
        StaffPinChange change = new StaffPinChange(pin, here, audit);

        assertThat(change.change("1111", "97531", "97531")).isEqualTo(StaffPinChange.Result.WRONG_CURRENT);
        assertThat(here.attempt("0000", "test"))
                .isEqualTo(new StaffLogin.Outcome.Wrong(3)); // the wrong current PIN counted
        assertThat(change.change(StaffTestData.PIN, "97531", "97532")).isEqualTo(StaffPinChange.Result.NOT_THE_SAME);
        assertThat(change.change(StaffTestData.PIN, "975", "975")).isEqualTo(StaffPinChange.Result.WRONG_LENGTH);
        assertThat(change.change(StaffTestData.PIN, "97531", "97531")).isEqualTo(StaffPinChange.Result.CHANGED);

        assertThat(here.attempt(StaffTestData.PIN, "test")).isInstanceOf(StaffLogin.Outcome.Wrong.class);
        assertThat(here.attempt("97531", "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
        List<String> lines = Files.readAllLines(yml);
        assertThat(lines)
                .startsWith("# Our venue", "kiosk:", "  venue-name: Test venue")
                .hasSize(4);
        assertThat(new BCryptPasswordEncoder().matches("97531", lines.get(3).replaceAll(".*\"(.*)\"", "$1")))
                .isTrue();
        assertThat(actions()).contains("pin-changed");
        // the recovery code counts as the current PIN, for staff who got in with it
        assertThat(change.change(StaffTestData.RECOVERY, "86420", "86420")).isEqualTo(StaffPinChange.Result.CHANGED);
    }

    @Test
    void a_pin_hash_saved_into_kiosk_yml_by_hand_is_used_at_the_next_try(@TempDir Path config) throws Exception {
        Path yml = config.resolve("kiosk.yml");
        Files.write(yml, List.of("kiosk:", "  staff-pin-hash: \"" + StaffTestData.PIN_HASH + "\""));
        KioskSettings settings = new KioskSettings(
                "Test",
                venue,
                Locale.UK,
                StaffTestData.ZONE,
                Duration.ofSeconds(60),
                140,
                30,
                StaffTestData.PIN_HASH,
                config,
                Path.of("target/test-data"));
        StaffLogin here = new StaffLogin(
                new StaffPin(settings, new StaffSettings("", 400)),
                new PinThrottle(AuditWiring.loginTries(jdbc, settings)),
                AuditWiring.events(jdbc, clock, settings),
                clock);
        assertThat(here.recoveryCodeIsSet()).isFalse();
        Files.write(
                yml,
                List.of(
                        "kiosk:",
                        "  staff-pin-hash: \"" + new BCryptPasswordEncoder().encode("1357") + "\"",
                        "  staff-recovery-hash: \"" + StaffTestData.RECOVERY_HASH + "\""));
        Files.setLastModifiedTime(yml, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(here.attempt("1357", "test")).isInstanceOf(StaffLogin.Outcome.LoggedIn.class);
        assertThat(here.recoveryCodeIsSet()).isTrue();
    }

    private StaffPin pin(KioskSettings settings) {
        return new StaffPin(settings, new StaffSettings(StaffTestData.RECOVERY_HASH, 400));
    }

    private String detailOfLast(String action) {
        return jdbc.sql(
                        "SELECT detail FROM audit_event WHERE venue_id = ? AND action = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .params(venue, action)
                .query(String.class)
                .single();
    }

    private List<String> actions() {
        return jdbc.sql("SELECT action FROM audit_event WHERE venue_id = ? ORDER BY id")
                .param(venue)
                .query(String.class)
                .list();
    }
}
