package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.dropinkiosk.staff.StaffIdle;
import org.springframework.modulith.NamedInterface;

/**
 * The staff pages' side of the staff session, for every staff page of every module: the ten-minute idle check of
 * {@link StaffIdle} (every press counts, a poll logs staff out once they have gone, so a visitor never finds the staff
 * area open), Home, and a visitor screen opened while logged in. {@link StaffSessionRules} watches each browser tab as soon as a staff page
 * opens in it, so a page needs no code of its own for this.
 */
@NamedInterface("session")
public final class StaffIdleWatch {

    private static final int POLL_MS = 30_000;
    private static final String WATCHED = StaffIdleWatch.class.getName();
    static final String IDLE = StaffIdle.IDLE;

    private StaffIdleWatch() {}

    /** Counts every press in the tab and polls it; ends the session at once if staff had already gone. */
    static void watch(UI ui, StaffIdle idle, AuthenticationContext authentication) {
        if (!authentication.isAuthenticated()) {
            return;
        }
        if (idle.expired()) {
            end(authentication, idle, IDLE);
            return;
        }
        idle.touch();
        if (ComponentUtil.getData(ui, WATCHED) != null) {
            return;
        }
        ComponentUtil.setData(ui, WATCHED, Boolean.TRUE);
        ui.getElement().addEventListener("pointerdown", e -> idle.touch()).debounce(2000);
        ui.getElement().addEventListener("keydown", e -> idle.touch()).debounce(2000);
        ui.setPollInterval(POLL_MS);
        ui.addPollListener(tick -> {
            if (authentication.isAuthenticated() && idle.expired()) {
                end(authentication, idle, IDLE);
            }
        });
    }

    /** Logs staff out: the session and everything in it is gone, and the kiosk shows visitors' Home. */
    public static void end(AuthenticationContext authentication, StaffIdle idle, String why) {
        idle.loggingOut(why);
        authentication.logout();
    }
}
