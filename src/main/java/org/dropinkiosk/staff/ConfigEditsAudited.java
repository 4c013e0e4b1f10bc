package org.dropinkiosk.staff;

import org.dropinkiosk.ratings.QuestionSetsSaved;
import org.dropinkiosk.visits.GroupsSaved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The audit lines of the groups and questions editors: those features cannot call the audit trail (staff already
 * reads them), so they say what was saved in an event and it is recorded here, as the News editor's saves are.
 */
@Component
class ConfigEditsAudited {

    private final AuditTrail audit;

    ConfigEditsAudited(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void groupsSaved(GroupsSaved saved) {
        audit.record(StaffLogin.ACTOR, "groups-save", saved.detail());
    }

    @EventListener
    void questionsSaved(QuestionSetsSaved saved) {
        audit.record(StaffLogin.ACTOR, "questions-save", saved.detail());
    }
}
