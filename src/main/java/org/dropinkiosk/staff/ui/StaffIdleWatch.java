package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.dropinkiosk.staff.StaffIdle;
import org.springframework.modulith.NamedInterface;

/**
 * The one place a staff session ends, for every staff page (StaffView and the editors of other features): the
 * ten-minute idle check (every press counts, a poll logs staff out once they have gone, so a visitor never finds
 * the staff area open), Home, and a visitor screen opened while logged in (StaffLeavesOnVisitorScreens).
 */
@NamedInterface("session")
public final class StaffIdleWatch {

    private static final int POLL_MS = 30_000;

    private StaffIdleWatch() {}

    public static void install(Component view, StaffIdle idle, AuthenticationContext authentication) {
        view.getElement().addEventListener("pointerdown", e -> idle.touch()).debounce(2000);
        view.getElement().addEventListener("keydown", e -> idle.touch()).debounce(2000);
        Registration[] poll = new Registration[1];
        view.addAttachListener(event -> {
            if (idle.expired()) {
                end(authentication, idle, "10 minutes without a press");
                return;
            }
            idle.touch();
            event.getUI().setPollInterval(POLL_MS);
            poll[0] = event.getUI().addPollListener(tick -> {
                if (idle.expired()) {
                    end(authentication, idle, "10 minutes without a press");
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

    /** Logs staff out: the session and everything in it is gone, and the kiosk shows visitors' Home. */
    public static void end(AuthenticationContext authentication, StaffIdle idle, String why) {
        idle.loggingOut(why);
        authentication.logout();
    }
}
