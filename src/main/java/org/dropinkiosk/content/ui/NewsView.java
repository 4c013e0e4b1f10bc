package org.dropinkiosk.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dropinkiosk.kiosk.ComingSoon;
import org.dropinkiosk.kiosk.Messages;

/** Placeholder until this feature's own issue is done. */
@Route("news")
@PageTitle("news")
@AnonymousAllowed
class NewsView extends Div {

    NewsView(Messages messages) {
        add(new ComingSoon(messages, "content.tile", "newspaper"));
    }
}
