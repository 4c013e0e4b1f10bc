package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;

/**
 * The one way Java talks to the browser's speech script ({@value #SCRIPT}): what a screen says now, what a
 * button or block says when pressed or read, and the Listen and Slower buttons. Nothing else names the
 * script's functions or attributes (decision 305).
 */
public final class KioskSpeech {

    /** The browser script, for {@code @JavaScript} on a layout or page that speaks. */
    public static final String SCRIPT = "context://scripts/kiosk-speech.js";

    private static final String SAY = "data-say";
    private static final String READ = "data-read";
    private static final String ACTION = "data-action";

    private KioskSpeech() {}

    /**
     * Says {@code words} now on the screen showing {@code on}, stopping whatever was being said; nothing when
     * it is not shown. The browser gets the sentences from {@link Sentences}, so it never splits.
     */
    public static void say(Component on, String words) {
        if (words == null || words.isBlank()) {
            return;
        }
        String sentences = String.join("\n", Sentences.split(words));
        on.getUI()
                .ifPresent(ui -> ui.getPage()
                        .executeJs(
                                "window.kioskSpeech && window.kioskSpeech.say($0, $1.split('\\n'))", words, sentences));
    }

    /** What pressing {@code button} says (its label, or a longer phrase). */
    public static void speakable(HasElement button, String words) {
        button.getElement().setAttribute(SAY, words);
    }

    /** What Listen, or a tap, reads for {@code block} as a whole instead of its visible text. */
    public static void readAs(HasElement block, String words) {
        block.getElement().setAttribute(READ, words);
    }

    /** Makes {@code button} read the screen it is on aloud (or stop reading when pressed again). */
    public static void listenButton(HasElement button) {
        button.getElement().setAttribute(ACTION, "listen");
    }

    /** The bar's Listen button. */
    public static BigButton listenButton(Messages messages) {
        BigButton listen = new BigButton("ear", messages.get("kiosk.listen"), e -> {});
        listen.setId("kiosk-listen");
        listenButton(listen);
        return listen;
    }

    /** The bar's Slower button: slower speech for this visit; the script keeps the choice and sets aria-pressed. */
    public static BigButton slowerButton(Messages messages) {
        BigButton slower = new BigButton("tortoise", messages.get("speech.slower"), e -> {});
        slower.setId("kiosk-slower");
        slower.getElement().setAttribute(ACTION, "slower");
        slower.getElement().setAttribute("aria-pressed", "false");
        slower.getElement().setAttribute("data-say-on", messages.get("speech.slower.on"));
        slower.getElement().setAttribute("data-say-off", messages.get("speech.slower.off"));
        return slower;
    }

    /** Applies a visitor's choices for the rest of the visit: slower speech, and reading every screen aloud. */
    public static void preferences(Component on, boolean slower, boolean readEveryScreen) {
        on.getUI()
                .ifPresent(ui -> ui.getPage()
                        .executeJs(
                                "window.kioskSpeech && window.kioskSpeech.setPreferences($0, $1)",
                                slower,
                                readEveryScreen));
    }
}
