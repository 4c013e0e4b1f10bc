package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.dropinkiosk.kiosk.AccessSettings;
import org.dropinkiosk.kiosk.Messages;
import org.springframework.stereotype.Component;

/**
 * Switch scanning ({@code scripts/kiosk-scan.js}) and the one double-tap guard ({@code scripts/kiosk-tap-guard.js})
 * on every page, with the venue's settings on the body. Both act on visitor screens only.
 */
@Component
class AccessScripts implements VaadinServiceInitListener {

    private final AccessSettings settings;
    private final Messages messages;

    AccessScripts(AccessSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> prepare(init.getUI()));
    }

    private void prepare(UI ui) {
        var body = ui.getElement();
        body.setAttribute(
                "data-tap-guard-ms", String.valueOf(settings.doubleTapGuard().toMillis()));
        body.setAttribute("data-scan-mode", settings.scanning().code());
        body.setAttribute(
                "data-scan-interval-ms", String.valueOf(settings.scanInterval().toMillis()));
        body.setAttribute("data-scan-speak", String.valueOf(settings.scanSpeak()));
        body.setAttribute("data-scan-select-key", settings.selectKey());
        body.setAttribute("data-scan-move-key", settings.moveKey());
        body.setAttribute("data-scan-group-say", messages.get("kiosk.scan.group"));
        // The guard first, so that it stands in front of every other click listener.
        ui.getPage().addJavaScript("context://scripts/kiosk-tap-guard.js");
        ui.getPage().addJavaScript("context://scripts/kiosk-scan.js");
    }
}
