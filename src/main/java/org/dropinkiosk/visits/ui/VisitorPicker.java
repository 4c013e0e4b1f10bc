package org.dropinkiosk.visits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.speech.PersonalPhrase;
import org.dropinkiosk.speech.SpeechService;
import org.dropinkiosk.visits.Visitor;

/**
 * The visitors who agreed to be shown, as big cards (initial, picture, first name). When more than
 * fit a screen, big letter buttons come first, then the names with that letter, a page at a time.
 */
class VisitorPicker extends Div {

    static final int PAGE = 8;

    private final Messages messages;
    private final SpeechService speech;
    private final List<Visitor> visitors;
    private final Consumer<Visitor> onChoose;
    private final Paragraph sentence = new Paragraph();
    private final Div cards = new Div();
    private final Div more = new Div();
    private final List<Component> always;

    VisitorPicker(
            Messages messages,
            SpeechService speech,
            List<Visitor> visitors,
            String pressKey,
            Consumer<Visitor> onChoose,
            Component... always) {
        this.speech = speech;
        this.always = List.of(always);
        this.messages = messages;
        this.visitors = visitors;
        this.onChoose = onChoose;
        addClassName("visits-picker");
        cards.addClassName("visits-cards");
        more.addClassName("visits-more");
        add(sentence, cards, more);
        if (visitors.size() > PAGE) {
            showLetters();
        } else {
            showPage(visitors, 0, pressKey);
        }
    }

    private void showLetters() {
        sentence.setText(messages.get("visits.find.letter"));
        cards.removeAll();
        more.removeAll();
        cards.setClassName("visits-letters");
        always.forEach(more::add);
        visitors.stream().map(Visitor::initial).distinct().sorted().forEach(letter -> {
            NativeButton button = new NativeButton(
                    letter,
                    e -> showPage(
                            visitors.stream()
                                    .filter(v -> v.initial().equals(letter))
                                    .toList(),
                            0,
                            "visits.find.press"));
            button.addClassName("visits-key");
            button.addClassName("visits-letter");
            KioskSpeech.speakable(button, messages.get("visits.find.letter-say", letter));
            button.getElement().setAttribute("aria-label", messages.get("visits.find.letter-say", letter));
            cards.add(button);
        });
    }

    private void showPage(List<Visitor> list, int first, String pressKey) {
        sentence.setText(messages.get(pressKey));
        cards.removeAll();
        more.removeAll();
        cards.setClassName("visits-cards");
        list.stream().skip(first).limit(PAGE).forEach(v -> cards.add(card(v)));
        if (list.size() > PAGE) {
            int next = first + PAGE >= list.size() ? 0 : first + PAGE;
            more.add(small(
                    new BigButton("next", messages.get("visits.find.more"), e -> showPage(list, next, pressKey))));
        }
        if (visitors.size() > PAGE) {
            more.add(small(new BigButton(messages.get("visits.find.other-letter"), e -> showLetters())));
        }
        always.forEach(more::add);
    }

    private NativeButton card(Visitor visitor) {
        String symbolWord = visitor.symbol() == null ? "" : messages.get("visits.symbol." + visitor.symbol());
        String says = visitor.symbol() == null
                ? visitor.name()
                : messages.get("visits.find.person", visitor.name(), symbolWord);
        // A name on a card is said when pressed or read by Listen: made when asked, never kept.
        speech.markPersonal(PersonalPhrase.ofVisitor(visitor.id(), says));
        speech.markPersonal(PersonalPhrase.ofVisitor(visitor.id(), visitor.name()));
        Span initial = new Span(visitor.initial());
        initial.addClassName("visits-initial");
        initial.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(visitor.name());
        name.addClassName("visits-card-name");
        NativeButton card = new NativeButton();
        card.add(initial);
        if (visitor.symbol() != null) {
            card.add(Symbol.beside(visitor.symbol()));
        }
        card.add(name);
        card.addClassName("visits-card");
        KioskSpeech.speakable(card, says);
        card.getElement().setAttribute("aria-label", says);
        card.addClickListener(e -> onChoose.accept(visitor));
        return card;
    }

    private static BigButton small(BigButton button) {
        button.addClassName("kiosk-button-small");
        return button;
    }
}
