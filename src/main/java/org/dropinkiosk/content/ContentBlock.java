package org.dropinkiosk.content;

import java.util.List;

/**
 * One block of a page: a picture on the left and one to three short sentences on the right.
 *
 * @param picture      a symbol's name or a file in kiosk-config/pictures; empty when the volunteer gave none
 * @param description  what the picture shows, for screen readers; empty when the sentences say it already
 * @param sentences    the sentences, in order
 * @param link         a web address shown as a QR code, or empty
 * @param line         where the block starts in its file (1 is the first line)
 */
public record ContentBlock(String picture, String description, List<String> sentences, String link, int line) {

    public ContentBlock {
        sentences = List.copyOf(sentences);
    }

    public boolean hasPicture() {
        return !picture.isBlank();
    }

    public boolean hasLink() {
        return !link.isBlank();
    }

    /** What a tap on the block reads: its sentences in order. */
    public String spoken() {
        return String.join(" ", sentences);
    }

    public int characters() {
        return sentences.stream().mapToInt(String::length).sum() + Math.max(0, sentences.size() - 1);
    }
}
