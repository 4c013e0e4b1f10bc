package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dropinkiosk.kiosk.ComingSoon;
import org.dropinkiosk.kiosk.Messages;

/** Placeholder until this feature's own issue is done. */
@Route("tell-us")
@PageTitle("tell-us")
@AnonymousAllowed
class TellUsView extends Div {

    TellUsView(Messages messages) {
        add(new ComingSoon(messages, "ratings.tile", "talk"));
    }
}
