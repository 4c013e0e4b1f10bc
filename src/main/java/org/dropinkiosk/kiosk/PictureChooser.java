package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * The staff area's picture finder (the News editor's: a word searches the venue's pictures and the Mulberry set,
 * or a photo is uploaded), for any feature's editor. Here in the shell beside {@link StaffPage}: content, which
 * builds it, already depends on staff, and staff on visits and ratings, so those could not ask content for it.
 */
public interface PictureChooser {

    /**
     * A panel to search and choose one picture.
     *
     * @param heading what the panel is for, such as "Find a picture for the group Art club"
     * @param chosen  gets the picture's name as groups.yml and questions.yml write it
     * @param close   called when staff close the panel without choosing
     */
    Component open(String heading, Consumer<String> chosen, Runnable close);
}
