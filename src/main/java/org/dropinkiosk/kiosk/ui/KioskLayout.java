package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.dropinkiosk.config.LiveSettings;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;

// @JavaScript on the AppShellConfigurator is not loaded by Vaadin 25; on the layout it is.
@JavaScript(KioskSpeech.SCRIPT)
/** The frame of every visitor screen: venue and date on top, Home / Listen / Help at the bottom. */
@Layout
@AnonymousAllowed
class KioskLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    KioskLayout(Messages messages, LiveSettings settings, Clock clock) {
        addClassName("kiosk");
        Span venue = new Span(settings.venueName());
        venue.addClassName("kiosk-venue");
        venue.setId("kiosk-venue");
        LocalDate today = LocalDate.now(clock);
        Span date = new Span(today.format(DateTimeFormatter.ofPattern("EEEE d MMMM", messages.locale())));
        date.addClassName("kiosk-date");
        Header top = new Header(venue, date);
        top.addClassName("kiosk-top");

        content.addClassName("kiosk-content");
        content.setId("kiosk-content");

        Component home = new BigButton(
                "homepage",
                messages.get("kiosk.home"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(HomeView.class)));
        home.setId("kiosk-home");
        Component listen = KioskSpeech.listenButton(messages);
        Component slower = KioskSpeech.slowerButton(messages);
        Component help = new BigButton(
                "help",
                messages.get("kiosk.help"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(HelpView.class)));
        help.setId("kiosk-help");
        Footer bar = new Footer(home, listen, slower, help);
        bar.addClassName("kiosk-bar");
        bar.getElement().setAttribute("aria-label", messages.get("kiosk.bar"));
        bar.getElement().setAttribute("role", "navigation");

        add(top, content, bar);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
