package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/** A big button with a picture and a word; pressing it says its word (see KioskSpeech). */
public class BigButton extends NativeButton {

    public BigButton(String symbol, String label, ComponentEventListener<ClickEvent<NativeButton>> onPress) {
        addClassName("kiosk-button");
        if (symbol != null) {
            add(Symbol.beside(symbol));
        }
        Span word = new Span(label);
        word.addClassName("kiosk-button-word");
        add(word);
        KioskSpeech.speakable(this, label);
        addClickListener(onPress);
    }

    public BigButton(String label, ComponentEventListener<ClickEvent<NativeButton>> onPress) {
        this(null, label, onPress);
    }
}
