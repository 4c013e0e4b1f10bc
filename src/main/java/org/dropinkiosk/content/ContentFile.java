package org.dropinkiosk.content;

import java.util.List;
import org.dropinkiosk.config.ConfigProblem;

/** One content file as read: its pages, or the problems that stop it being used (then the pages are empty). */
public record ContentFile(String file, int order, List<ContentPage> pages, List<ConfigProblem> problems) {

    public ContentFile {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
    }

    public boolean isBroken() {
        return !problems.isEmpty();
    }
}
