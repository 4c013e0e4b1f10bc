package org.dropinkiosk.visits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** At the set time (kiosk.visits.sign-out-at) everyone still in is signed out; also at start-up for earlier days. */
@Component
class AutomaticSignOut {

    private static final Logger log = LoggerFactory.getLogger(AutomaticSignOut.class);
    private final VisitService visits;

    AutomaticSignOut(VisitService visits) {
        this.visits = visits;
    }

    // Every minute: cheap, and it catches up after the kiosk was off or asleep at the set time.
    @Scheduled(cron = "0 * * * * *")
    @EventListener(ApplicationReadyEvent.class)
    void signOutEveryoneStillIn() {
        int count = visits.signOutEveryoneStillIn();
        if (count > 0) {
            log.info("Signed out {} visitor(s) automatically at the end of the day", count);
        }
    }
}
