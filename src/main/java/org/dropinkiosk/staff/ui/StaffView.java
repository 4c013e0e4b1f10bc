package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.staff.StaffIdle;
import org.springframework.modulith.NamedInterface;

/**
 * What every staff page has: its title, a Home button that ends the staff session, and the ten-minute
 * idle check (every press counts as activity; a poll ends the session once staff have gone).
 */
@StyleSheet("context://styles/staff.css")
@NamedInterface("session")
public abstract class StaffView extends Div {

    protected final Messages messages;
    private final StaffIdle idle;
    private final AuthenticationContext authentication;

    protected StaffView(Messages messages, StaffIdle idle, AuthenticationContext authentication, String titleKey) {
        this.messages = messages;
        this.idle = idle;
        this.authentication = authentication;
        addClassName("staff-page");
        H1 title = new H1(messages.get(titleKey));
        title.addClassName("staff-heading");
        BigButton home = new BigButton("homepage", messages.get("staff.home"), e -> end("Home pressed"));
        home.addClassName("staff-home");
        home.setId("staff-home");
        Div top = new Div(title, home);
        top.addClassName("staff-page-top");
        add(top);
    }

    /** Logs staff out: the session and everything in it is gone, and the kiosk shows visitors' Home. */
    protected void end(String why) {
        StaffIdleWatch.end(authentication, idle, why);
    }
}
