package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;

/** Credits for the pictures and the voice, as their licences ask. */
@Route("credits")
@AnonymousAllowed
class AttributionView extends Div implements HasDynamicTitle {

    private final Messages messages;

    AttributionView(Messages messages) {
        this.messages = messages;
        addClassName("kiosk-block-page");
        H1 title = new H1(messages.get("kiosk.credits.title"));
        title.addClassName("kiosk-title");
        Div pictures = new Div(Symbol.beside("good"), new Paragraph(messages.get("kiosk.credits.mulberry")));
        pictures.addClassName("kiosk-block");
        Div voice = new Div(Symbol.beside("computer_speaker"), new Paragraph(messages.get("kiosk.credits.voice")));
        voice.addClassName("kiosk-block");
        add(title, pictures, voice);
    }

    @Override
    public String getPageTitle() {
        return messages.get("kiosk.credits.page-title");
    }
}
