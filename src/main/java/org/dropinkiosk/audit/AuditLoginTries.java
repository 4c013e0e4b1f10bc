package org.dropinkiosk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.staff.LoginTries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The PIN throttle's counts, read from this kiosk's audit lines (decision 800): the audit module owns the table. */
@Component
class AuditLoginTries implements LoginTries {

    private final JdbcClient jdbc;
    private final String venueId;

    AuditLoginTries(JdbcClient jdbc, KioskSettings settings) {
        this.jdbc = jdbc;
        this.venueId = settings.venueId();
    }

    @Override
    public List<Instant> wrongPins(Instant since, int n) {
        return recent(AuditLines.PIN_WRONG, since, n);
    }

    @Override
    public List<Instant> wrongRecoveryCodes(Instant since, int n) {
        return recent(AuditLines.RECOVERY_CODE_WRONG, since, n);
    }

    /** Wrong tries of one kind after {@code from} and after the last good login, newest first. */
    private List<Instant> recent(String action, Instant from, int n) {
        OffsetDateTime since = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        return jdbc.sql("""
                SELECT at FROM audit_event
                WHERE venue_id = :venue AND action = :failed AND at > :since
                  AND at > COALESCE((SELECT MAX(at) FROM audit_event WHERE venue_id = :venue AND action = :ok), :since)
                ORDER BY at DESC FETCH FIRST :n ROWS ONLY""")
                .param("venue", venueId)
                .param("failed", action)
                .param("ok", AuditLines.LOGGED_IN)
                .param("since", since)
                .param("n", n)
                .query((rs, i) -> rs.getTimestamp(1).toInstant())
                .list();
    }
}
