package org.dropinkiosk.staff.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.dropinkiosk.staff.StaffIdle;
import org.springframework.stereotype.Component;

/**
 * Every screen opened decides about the staff session, whichever module's page it is: a staff page is watched for
 * ten quiet minutes ({@link StaffIdleWatch}); a visitor screen opened while staff are logged in ends the session, so
 * nothing carries across.
 */
@Component
class StaffSessionRules implements VaadinServiceInitListener {

    private final AuthenticationContext authentication;
    private final StaffIdle idle;
    private final boolean leaveOnVisitorScreens;

    /**
     * {@code kiosk.staff.leave-on-visitor-screens=false} is only for browserless view tests of staff
     * pages: their simulated browser always opens Home first, which would end the test's login.
     */
    StaffSessionRules(AuthenticationContext authentication, StaffIdle idle, StaffScreenSettings settings) {
        this.authentication = authentication;
        this.idle = idle;
        this.leaveOnVisitorScreens = settings.leaveOnVisitorScreens();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Route route = enter.getNavigationTarget().getAnnotation(Route.class);
                    boolean staffScreen = route != null
                            && (route.value().equals("staff") || route.value().startsWith("staff/"));
                    if (staffScreen) {
                        StaffIdleWatch.watch(enter.getUI(), idle, authentication);
                    } else if (leaveOnVisitorScreens && authentication.isAuthenticated()) {
                        StaffIdleWatch.end(authentication, idle, "a visitor screen was opened");
                    }
                }));
    }
}
