package org.dropinkiosk.visits.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.speech.PersonalPhrase;
import org.dropinkiosk.speech.SpeechService;
import org.dropinkiosk.visits.VisitorName;

/**
 * A big on-screen keyboard for a first name: A-B-C order by default, keyboard order on request,
 * a page of accented letters, and delete, space, apostrophe and hyphen. Every key says its letter
 * (KioskSpeech.speakable). What was typed lives only in this instance.
 */
class NameKeyboard extends Div {

    private static final List<String> ABC = List.of("ABCDEFGHIJ", "KLMNOPQRST", "UVWXYZ");
    private static final List<String> QWERTY = List.of("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM");
    private static final List<String> ACCENTS = List.of("ÀÁÂÄÃÅÆÇČĆ", "ÈÉÊËĘÌÍÎÏŁ", "ÑŃÒÓÔÖÕØŒŘ", "ŠŚßÙÚÛÜÝŽŻ");

    private enum Keys {
        ABC,
        QWERTY,
        ACCENTS
    }

    private final Messages messages;
    private final SpeechService speech;
    private final StringBuilder typed = new StringBuilder();
    private final Paragraph shown = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Div keys = new Div();
    private final NativeButton order;
    private final NativeButton accents;
    private Keys layout = Keys.ABC;
    private Keys letters = Keys.ABC;

    NameKeyboard(Messages messages, SpeechService speech, Consumer<String> onNext) {
        this.messages = messages;
        this.speech = speech;
        addClassName("visits-keyboard");
        shown.addClassName("visits-typed");
        shown.getElement().setAttribute("aria-live", "polite");
        shown.setId("visits-typed");
        BigButton next = new BigButton("next", messages.get("visits.name.next"), e -> onNext.accept(typed.toString()));
        next.addClassName("visits-next");
        Div top = new Div(shown, next);
        top.addClassName("visits-typed-row");

        keys.addClassName("visits-keys");
        keys.getElement().setAttribute("role", "group");
        keys.getElement().setAttribute("aria-label", messages.get("visits.name.keys"));
        order = key("", "", e -> switchOrder());
        accents = key("", "", e -> switchAccents());
        order.addClassName("visits-key-switch");
        accents.addClassName("visits-key-switch");
        Div controls = new Div(
                order,
                accents,
                key("'", messages.get("visits.name.apostrophe"), e -> type("'")),
                key("-", messages.get("visits.name.hyphen"), e -> type("-")),
                wide(key(messages.get("visits.name.space"), messages.get("visits.name.space"), e -> type(" "))),
                wide(key(messages.get("visits.name.delete"), messages.get("visits.name.delete"), e -> delete())));
        controls.addClassName("visits-key-row");
        controls.addClassName("visits-controls");
        problem.addClassName("visits-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(top, problem, keys, controls);
        show(Keys.ABC);
        refresh();
    }

    /** Shows what is wrong with the name until the next key is pressed. */
    void showProblem(String sentence) {
        problem.setText(sentence);
        problem.setVisible(true);
    }

    String typed() {
        return typed.toString();
    }

    private void type(String letter) {
        if (typed.length() >= VisitorName.MAX_LENGTH) {
            return;
        }
        boolean startOfWord = typed.isEmpty() || " -'".indexOf(typed.charAt(typed.length() - 1)) >= 0;
        String cased = letter.toLowerCase(Locale.ROOT);
        if (startOfWord && !"ß".equals(letter)) {
            cased = letter.toUpperCase(Locale.ROOT);
        }
        if (" ".equals(letter) && (typed.isEmpty() || typed.charAt(typed.length() - 1) == ' ')) {
            return;
        }
        typed.append(cased);
        refresh();
    }

    private void delete() {
        if (!typed.isEmpty()) {
            typed.setLength(typed.offsetByCodePoints(typed.length(), -1));
            refresh();
        }
    }

    private void switchOrder() {
        letters = letters == Keys.ABC ? Keys.QWERTY : Keys.ABC;
        show(letters);
    }

    private void switchAccents() {
        show(layout == Keys.ACCENTS ? letters : Keys.ACCENTS);
    }

    private void show(Keys which) {
        layout = which;
        problem.setVisible(false);
        keys.removeAll();
        List<String> rows = switch (which) {
            case ABC -> ABC;
            case QWERTY -> QWERTY;
            case ACCENTS -> ACCENTS;
        };
        for (String row : rows) {
            Div line = new Div();
            line.addClassName("visits-key-row");
            row.codePoints().mapToObj(Character::toString).forEach(l -> line.add(key(l, l, e -> type(l))));
            keys.add(line);
        }
        label(order, letters == Keys.ABC ? "visits.name.qwerty" : "visits.name.abc");
        label(accents, layout == Keys.ACCENTS ? "visits.name.letters" : "visits.name.accents");
        accents.setText(layout == Keys.ACCENTS ? "ABC" : "É À Ñ");
        order.setText(letters == Keys.ABC ? "QWERTY" : "ABC");
        order.setVisible(layout != Keys.ACCENTS);
    }

    private void label(NativeButton key, String messageKey) {
        key.getElement().setAttribute("aria-label", messages.get(messageKey));
        KioskSpeech.speakable(key, messages.get(messageKey));
    }

    private void refresh() {
        problem.setVisible(false);
        shown.removeAll();
        Span label = new Span(messages.get("visits.name.typed") + " ");
        if (!typed.isEmpty()) {
            // Listen reads "Your name: ..." as one phrase: made when asked, never kept.
            speech.markPersonal(PersonalPhrase.typed(label.getText() + typed));
        }
        label.addClassName("visits-typed-label");
        Span name = new Span(typed.isEmpty() ? messages.get("visits.name.nothing") : typed.toString());
        name.addClassName(typed.isEmpty() ? "visits-typed-empty" : "visits-typed-name");
        shown.add(label, name);
    }

    private static NativeButton key(String text, String say, ComponentEventListener<ClickEvent<NativeButton>> onPress) {
        NativeButton key = new NativeButton(text, onPress);
        key.addClassName("visits-key");
        KioskSpeech.speakable(key, say);
        if (!text.equals(say)) {
            key.getElement().setAttribute("aria-label", say);
        }
        return key;
    }

    private static NativeButton wide(NativeButton key) {
        key.addClassName("visits-key-wide");
        return key;
    }
}
