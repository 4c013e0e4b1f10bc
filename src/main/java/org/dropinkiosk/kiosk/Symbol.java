package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.html.Image;
import org.dropinkiosk.config.PictureResolver;

/** A picture from the bundled symbols (Mulberry) or the venue's own pictures. */
public class Symbol extends Image {

    /** A picture that carries meaning: its description is read by screen readers. */
    public Symbol(String name, String description) {
        super(source(name), description);
        addClassName("kiosk-symbol");
        getElement().setAttribute("draggable", "false");
    }

    /** A picture beside a word that already says the same thing. */
    public static Symbol beside(String name) {
        return new Symbol(name, "");
    }

    /** Where the picture is served, as the {@link PictureResolver} says. */
    public static String source(String name) {
        return PictureResolver.urlOf(name);
    }
}
