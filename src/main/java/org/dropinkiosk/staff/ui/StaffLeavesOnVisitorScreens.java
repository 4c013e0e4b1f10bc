package org.dropinkiosk.staff.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.dropinkiosk.staff.StaffIdle;
import org.springframework.stereotype.Component;

/** A visitor screen opened while staff are logged in ends the staff session: nothing carries across. */
@Component
class StaffLeavesOnVisitorScreens implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final StaffIdle idle;
    private final boolean enabled;

    /**
     * {@code kiosk.staff.leave-on-visitor-screens=false} is only for browserless view tests of staff
     * pages: their simulated browser always opens Home first, which would end the test's login.
     */
    StaffLeavesOnVisitorScreens(AuthenticationContext authentication, StaffIdle idle, StaffScreenSettings settings) {
        this.authentication = authentication;
        this.idle = idle;
        this.enabled = settings.leaveOnVisitorScreens();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!enabled) {
            return;
        }
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Route route = enter.getNavigationTarget().getAnnotation(Route.class);
                    boolean staffScreen = route != null
                            && (route.value().equals("staff") || route.value().startsWith("staff/"));
                    if (!staffScreen && authentication.isAuthenticated()) {
                        StaffIdleWatch.end(authentication, idle, "a visitor screen was opened");
                    }
                }));
    }
}
