package org.dropinkiosk.speech;

import com.vaadin.flow.component.UI;

/**
 * What a screen asks the visitor's browser to say. The browser script ({@code scripts/kiosk-speech.js})
 * fetches the audio from the speech endpoint and plays one phrase at a time.
 */
public final class SpokenFeedback {

    private SpokenFeedback() {}

    /** Says {@code text} now, stopping whatever was being said. */
    public static void say(UI ui, String text) {
        ui.getPage().executeJs("window.kioskSpeech && window.kioskSpeech.say($0)", text);
    }

    /** Stops speech (leaving a screen, idle reset). */
    public static void stop(UI ui) {
        ui.getPage().executeJs("window.kioskSpeech && window.kioskSpeech.stop()");
    }

    /** Reads the whole screen in order, highlighting the sentence and the word. */
    public static void readScreen(UI ui) {
        ui.getPage().executeJs("window.kioskSpeech && window.kioskSpeech.listen()");
    }

    /** Applies a visitor's choices for the rest of the visit: slower speech, and reading every screen aloud. */
    public static void applyPreferences(UI ui, boolean slower, boolean readEveryScreen) {
        ui.getPage()
                .executeJs("window.kioskSpeech && window.kioskSpeech.setPreferences($0, $1)", slower, readEveryScreen);
    }
}
