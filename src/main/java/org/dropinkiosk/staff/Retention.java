package org.dropinkiosk.staff;

import java.time.Clock;
import java.time.LocalDate;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.LiveSettings;
import org.dropinkiosk.visits.VisitRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Visits older than the retention period lose their person, and audit lines older than theirs are
 * deleted, daily and at start-up; one person can be erased.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private final VisitRetention visits;
    private final AuditTrail audit;
    private final KioskSettings settings;
    private final LiveSettings live;
    private final StaffSettings staff;
    private final Clock clock;

    public Retention(
            VisitRetention visits,
            AuditTrail audit,
            KioskSettings settings,
            LiveSettings live,
            StaffSettings staff,
            Clock clock) {
        this.visits = visits;
        this.audit = audit;
        this.settings = settings;
        this.live = live;
        this.staff = staff;
        this.clock = clock;
    }

    /** How many days a visit is kept with its name (kiosk.yml, changed on the Settings page without a restart). */
    public int retentionDays() {
        return live.retentionDays();
    }

    /** The first day that is kept with names: visits before it are anonymised. */
    public LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(retentionDays());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 10 3 * * *", zone = "${kiosk.time-zone:Europe/London}")
    public VisitRetention.Anonymised anonymiseOldVisits() {
        VisitRetention.Anonymised done = visits.anonymiseBefore(cutoff(), settings.timeZone(), settings.venueId());
        if (done.visits() > 0 || done.visitors() > 0) {
            log.info(
                    "Retention: {} visits anonymised, {} visitors deleted (before {})",
                    done.visits(),
                    done.visitors(),
                    cutoff());
        }
        int auditLines = audit.deleteOlderThan(staff.auditRetentionDays());
        audit.record(
                "kiosk",
                "retention",
                "Visits before " + cutoff() + " (" + retentionDays()
                        + " days): " + done.visits() + " visits anonymised, " + done.visitors() + " visitors deleted; "
                        + auditLines + " audit lines older than " + staff.auditRetentionDays() + " days deleted");
        return done;
    }

    /** Erases one person on request. The audit line names only the record number, never the person. */
    public VisitRetention.Erased erase(long visitorId, String actor) {
        VisitRetention.Erased done = visits.erase(visitorId);
        audit.record(
                actor,
                "erasure",
                "Erased visitor #" + visitorId + " on request: " + done.visits() + " visits anonymised, "
                        + done.visitors() + " visitor record deleted");
        return done;
    }
}
