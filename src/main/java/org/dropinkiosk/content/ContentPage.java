package org.dropinkiosk.content;

import java.util.List;

/**
 * A page as the volunteer wrote it (before it is split into screens).
 *
 * @param file   the file, relative to kiosk-config, such as {@code content/02-co-production.md}
 * @param line   the line of the page's heading, or of its first block
 * @param order  the file's order from its front matter; pages are shown by order, then file name
 */
public record ContentPage(String file, int line, int order, String title, List<ContentBlock> blocks) {

    public ContentPage {
        blocks = List.copyOf(blocks);
    }
}
