package org.dropinkiosk.visits.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dropinkiosk.kiosk.ComingSoon;
import org.dropinkiosk.kiosk.Messages;

/** Placeholder until this feature's own issue is done. */
@Route("sign-in")
@PageTitle("sign-in")
@AnonymousAllowed
class SignInView extends Div {

    SignInView(Messages messages) {
        add(new ComingSoon(messages, "visits.tile", "hello"));
    }
}
