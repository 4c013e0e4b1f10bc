package org.dropinkiosk.staff;

import java.time.Clock;
import java.time.LocalDate;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.LiveSettings;
import org.dropinkiosk.visits.VisitRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Visits older than the retention period lose their person, daily and at start-up (the audit trail then
 * deletes its own old lines on {@link RetentionRan}); one person can be erased.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private final VisitRetention visits;
    private final ApplicationEventPublisher events;
    private final KioskSettings settings;
    private final LiveSettings live;
    private final Clock clock;

    public Retention(
            VisitRetention visits,
            ApplicationEventPublisher events,
            KioskSettings settings,
            LiveSettings live,
            Clock clock) {
        this.visits = visits;
        this.events = events;
        this.settings = settings;
        this.live = live;
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
        events.publishEvent(new RetentionRan(cutoff(), retentionDays(), done.visits(), done.visitors()));
        return done;
    }

    /** Erases one person on request. The audit line names only the record number, never the person. */
    public VisitRetention.Erased erase(long visitorId, String actor) {
        VisitRetention.Erased done = visits.erase(visitorId);
        events.publishEvent(new VisitorErased(actor, visitorId, done.visits(), done.visitors()));
        return done;
    }
}
