package org.dropinkiosk.speech;

import com.vaadin.flow.component.UI;
import org.dropinkiosk.kiosk.KioskSpeech;

/**
 * Kept for the staff Pronunciations page only, which is being moved to its own module meanwhile: new code
 * calls {@link KioskSpeech#say} directly. Delete when that page calls it.
 */
public final class SpokenFeedback {

    private SpokenFeedback() {}

    /** Says {@code text} now, stopping whatever was being said. */
    public static void say(UI ui, String text) {
        KioskSpeech.say(ui, text);
    }
}
