package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.dropinkiosk.staff.AuditTrail;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;

/**
 * The staff area's ten-minute idle check for the News editor's pages (as staff.ui.StaffView does for its own):
 * every press counts, and a poll logs staff out once they have gone, so a visitor never finds the editor open.
 */
final class StaffIdleWatch {

    private static final int POLL_MS = 30_000;

    private StaffIdleWatch() {
    }

    static void install(Component view, StaffIdle idle, AuthenticationContext authentication, AuditTrail audit) {
        view.getElement().addEventListener("pointerdown", e -> idle.touch()).debounce(2000);
        view.getElement().addEventListener("keydown", e -> idle.touch()).debounce(2000);
        Registration[] poll = new Registration[1];
        view.addAttachListener(event -> {
            if (idle.expired()) {
                end(authentication, audit);
                return;
            }
            idle.touch();
            event.getUI().setPollInterval(POLL_MS);
            poll[0] = event.getUI().addPollListener(tick -> {
                if (idle.expired()) {
                    end(authentication, audit);
                }
            });
        });
        view.addDetachListener(event -> {
            if (poll[0] != null) {
                poll[0].remove();
                poll[0] = null;
            }
        });
    }

    private static void end(AuthenticationContext authentication, AuditTrail audit) {
        audit.record(StaffLogin.ACTOR, "logout", "Logged out: 10 minutes without a press");
        authentication.logout();
    }
}
