package org.dropinkiosk.staff.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Puts the press-and-hold script (scripts/kiosk-staff-entry.js) into every page's head.
 * An {@code @JavaScript("context://...")} on the app shell did not reach the page (checked in Chromium).
 */
@Component
class StaffEntryScript implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .head()
                .appendElement("script")
                .attr("src", "scripts/kiosk-staff-entry.js")
                .attr("defer", true));
    }
}
