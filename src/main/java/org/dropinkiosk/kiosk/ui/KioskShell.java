package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every screen: local stylesheets and scripts only, no zoom, no pull-to-refresh. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/kiosk.css")
@StyleSheet("context://styles/speech.css")
@StyleSheet("context://styles/access.css")
// Zoom stays allowed for the page (WCAG 1.4.4); pinch is stopped by CSS touch-action and by Chromium --disable-pinch.
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
class KioskShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Drop-in Kiosk");
        settings.addFavIcon("icon", "symbols/homepage.svg", "any");
    }
}
