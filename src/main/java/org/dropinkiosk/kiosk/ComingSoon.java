package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** What a screen shows until its feature is built: a picture and a plain sentence. */
public class ComingSoon extends Div {

    public ComingSoon(Messages messages, String titleKey, String symbol) {
        addClassName("kiosk-block-page");
        H1 title = new H1(messages.get(titleKey));
        Div block = new Div(Symbol.beside("wait"), new Paragraph(messages.get("kiosk.coming-soon")));
        block.addClassName("kiosk-block");
        add(title, block);
        title.addClassName("kiosk-title");
        if (symbol != null) {
            title.getElement().setAttribute("data-symbol", symbol);
        }
    }
}
