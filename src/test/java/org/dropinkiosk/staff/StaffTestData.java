package org.dropinkiosk.staff;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Settings and rows for staff tests; each test uses its own venue id so tests never see each other's rows. */
public final class StaffTestData {

    /** bcrypt of the test PIN 2468. */
    public static final String PIN = "2468";

    public static final String PIN_HASH = "$2a$10$ZQTW.BAA3ev2.rVXMo9gpOqUKl6xPf/R.cD52pH2aWB9w9Uepwn32";
    /** The test recovery code and its bcrypt hash. */
    public static final String RECOVERY = "1234 5678 9012 3456 7890";

    public static final String RECOVERY_HASH = "$2a$10$HF3SWBE7kY5RhKGTo3Pw3Ovjqy9V2AB6OREFARh.DcHxD3BeFehOW";
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private StaffTestData() {}

    public static KioskSettings settings(String venueId, Path dataDir) {
        return new KioskSettings(
                "Test venue",
                venueId,
                Locale.UK,
                ZONE,
                Duration.ofSeconds(60),
                140,
                30,
                PIN_HASH,
                Path.of("kiosk-config"),
                dataDir);
    }

    public static String venue(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    public static long visitor(JdbcClient jdbc, String venue, String name, String symbol, OffsetDateTime created) {
        jdbc.sql("INSERT INTO visitor (venue_id, name, symbol, group_id, created_at) VALUES (?, ?, ?, 'coffee', ?)")
                .params(venue, name, symbol, created)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM visitor WHERE venue_id = ?")
                .param(venue)
                .query(Long.class)
                .single();
    }

    public static void visit(JdbcClient jdbc, String venue, Long visitorId, LocalDate day, boolean signedOut) {
        OffsetDateTime in = day.atTime(10, 30).atZone(ZONE).toOffsetDateTime();
        jdbc.sql(
                        "INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at, signed_out_at) VALUES (?, ?, 'coffee', ?, ?, ?)")
                .params(venue, visitorId, day, in, signedOut ? in.plusHours(2) : null)
                .update();
    }
}
