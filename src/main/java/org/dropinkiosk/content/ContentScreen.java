package org.dropinkiosk.content;

import java.util.List;

/** What the News screen shows at once: a page, or a part of a long page that was split so nothing scrolls. */
public record ContentScreen(String title, List<ContentBlock> blocks, String file, int line) {

    public ContentScreen {
        blocks = List.copyOf(blocks);
    }
}
