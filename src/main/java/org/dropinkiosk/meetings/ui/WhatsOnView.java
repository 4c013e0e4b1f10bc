package org.dropinkiosk.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dropinkiosk.kiosk.ComingSoon;
import org.dropinkiosk.kiosk.Messages;

/** Placeholder until this feature's own issue is done. */
@Route("whats-on")
@PageTitle("whats-on")
@AnonymousAllowed
class WhatsOnView extends Div {

    WhatsOnView(Messages messages) {
        add(new ComingSoon(messages, "meetings.tile", "calendar"));
    }
}
