package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * The easy-read checker's findings for one sentence, as the News editor shows them beside a sentence (too many
 * words, a hard word with a simpler one offered), for any feature's editor. In the shell for the reason
 * {@link PictureChooser} is.
 */
public interface EasyReadAdvice {

    /**
     * The findings for {@code sentence}; a "Use ..." button for a simpler word hands the mended sentence to
     * {@code mended}.
     */
    Component findings(String sentence, Consumer<String> mended);
}
