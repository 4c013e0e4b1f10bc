package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.staff.AuditTrail;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;

/**
 * What every staff page has: its title, a Home button that ends the staff session, and the ten-minute
 * idle check (every press counts as activity; a poll ends the session once staff have gone).
 */
@StyleSheet("context://styles/staff.css")
abstract class StaffView extends Div {

    private static final int POLL_MS = 30_000;

    protected final Messages messages;
    private final StaffIdle idle;
    private final AuthenticationContext authentication;
    private final AuditTrail audit;
    private Registration poll;

    StaffView(Messages messages, StaffIdle idle, AuthenticationContext authentication, AuditTrail audit, String titleKey) {
        this.messages = messages;
        this.idle = idle;
        this.authentication = authentication;
        this.audit = audit;
        addClassName("staff-page");
        H1 title = new H1(messages.get(titleKey));
        title.addClassName("staff-heading");
        BigButton home = new BigButton("homepage", messages.get("staff.home"), e -> end("Home pressed"));
        home.addClassName("staff-home");
        home.setId("staff-home");
        Div top = new Div(title, home);
        top.addClassName("staff-page-top");
        add(top);
        getElement().addEventListener("pointerdown", e -> idle.touch()).debounce(2000);
        getElement().addEventListener("keydown", e -> idle.touch()).debounce(2000);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (idle.expired()) {
            end("10 minutes without a press");
            return;
        }
        idle.touch();
        event.getUI().setPollInterval(POLL_MS);
        poll = event.getUI().addPollListener(tick -> {
            if (idle.expired()) {
                end("10 minutes without a press");
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
    }

    /** Logs staff out: the session and everything in it is gone, and the kiosk shows visitors' Home. */
    void end(String why) {
        audit.record(StaffLogin.ACTOR, "logout", "Logged out: " + why);
        authentication.logout();
    }
}
