package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Adds the kiosk's own scripts to every page, visitor and staff alike. Vaadin 25 ignores
 * {@code @JavaScript} on the app shell ({@link KioskShell}), so they are added per page instead.
 */
@Component
class ShellScripts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().getPage().addJavaScript("context://scripts/kiosk-touch.js"));
    }
}
