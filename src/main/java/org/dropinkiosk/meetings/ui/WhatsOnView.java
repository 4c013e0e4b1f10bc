package org.dropinkiosk.meetings.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.meetings.MeetingWords;
import org.dropinkiosk.meetings.Meetings;
import org.dropinkiosk.meetings.Occurrence;

/** What's on: the next meetings as cards, in words, pictures and a clock face. Past meetings never show. */
@Route("whats-on")
@AnonymousAllowed
@StyleSheet("context://styles/meetings.css")
class WhatsOnView extends Div implements HasDynamicTitle {

    private final Messages messages;

    /** Four fit in portrait (800x1280); the CSS shows three in landscape (1280x800). */
    static final int CARDS = 4;

    WhatsOnView(Meetings meetings, MeetingWords words, Messages messages) {
        this.messages = messages;
        addClassName("whats-on");
        H1 title = new H1(messages.get("meetings.title"));
        title.addClassName("kiosk-title");
        add(title);
        List<Occurrence> next = meetings.upcoming(CARDS);
        if (next.isEmpty()) {
            Div none = new Div(Symbol.beside("calendar"), new Paragraph(messages.get("meetings.none")));
            none.addClassName("kiosk-block");
            Div ask = new Div(Symbol.beside("help"), new Paragraph(messages.get("meetings.none.ask")));
            ask.addClassName("kiosk-block");
            add(none, ask);
            return;
        }
        Div cards = new Div();
        cards.addClassName("meeting-cards");
        next.forEach(o -> cards.add(new MeetingCard(o, meetings.now(), words, messages)));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return messages.get("meetings.title");
    }
}
