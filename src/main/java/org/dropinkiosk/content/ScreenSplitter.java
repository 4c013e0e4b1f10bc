package org.dropinkiosk.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pages into screens that fit without scrolling at 1280x800 and 800x1280 (decision 401).
 * The estimate is for landscape, the shorter screen: a block is as tall as its picture or its text,
 * whichever is taller; a QR code makes a block taller. Portrait has twice the height for the text's
 * extra lines, so one split serves both. The Playwright journey checks that no screen overflows.
 */
public final class ScreenSplitter {

    /** Height for blocks on one landscape screen, in pixels. */
    static final int SCREEN_BUDGET = 380;
    /** Characters on one line of block text in landscape (about 63 fit; fewer, to be safe). */
    static final int CHARS_PER_LINE = 55;

    static final int LINE_HEIGHT = 41;
    static final int PICTURE = 96;
    static final int QR = 200;
    static final int BLOCK_FRAME = 20;
    static final int GAP = 12;
    /** A block shows at most this much text; a longer one continues in a second block with the same picture. */
    static final int MAX_BLOCK_CHARS = 200;

    static final int MAX_BLOCK_SENTENCES = 3;

    private ScreenSplitter() {}

    public static List<ContentScreen> split(List<ContentPage> pages) {
        List<ContentScreen> screens = new ArrayList<>();
        for (ContentPage page : pages) {
            List<ContentBlock> current = new ArrayList<>();
            int used = 0;
            for (ContentBlock block : pieces(page.blocks())) {
                int h = height(block);
                if (!current.isEmpty() && used + GAP + h > SCREEN_BUDGET) {
                    screens.add(new ContentScreen(page.title(), current, page.file(), page.line()));
                    current = new ArrayList<>();
                    used = 0;
                }
                used += (current.isEmpty() ? 0 : GAP) + h;
                current.add(block);
            }
            if (!current.isEmpty()) {
                screens.add(new ContentScreen(page.title(), current, page.file(), page.line()));
            }
        }
        return screens;
    }

    static int height(ContentBlock block) {
        int lines = (block.characters() + CHARS_PER_LINE - 1) / CHARS_PER_LINE;
        int content = Math.max(PICTURE, lines * LINE_HEIGHT);
        if (block.hasLink()) {
            content = Math.max(content, QR);
        }
        return content + BLOCK_FRAME;
    }

    /** Blocks with too much text become several blocks (same picture), each small enough for a screen. */
    static List<ContentBlock> pieces(List<ContentBlock> blocks) {
        List<ContentBlock> pieces = new ArrayList<>();
        for (ContentBlock block : blocks) {
            List<String> sentences = new ArrayList<>();
            for (String s : block.sentences()) {
                sentences.addAll(shortParts(s));
            }
            List<String> piece = new ArrayList<>();
            int chars = 0;
            for (String s : sentences) {
                if (!piece.isEmpty()
                        && (piece.size() == MAX_BLOCK_SENTENCES || chars + 1 + s.length() > MAX_BLOCK_CHARS)) {
                    pieces.add(new ContentBlock(block.picture(), block.description(), piece, "", block.line()));
                    piece = new ArrayList<>();
                    chars = 0;
                }
                chars += (piece.isEmpty() ? 0 : 1) + s.length();
                piece.add(s);
            }
            // The link stays with the last piece, so its QR code follows the words that explain it.
            pieces.add(new ContentBlock(block.picture(), block.description(), piece, block.link(), block.line()));
        }
        return pieces;
    }

    /** A sentence longer than a block can hold is cut between words. */
    private static List<String> shortParts(String sentence) {
        if (sentence.length() <= MAX_BLOCK_CHARS) {
            return List.of(sentence);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String word : sentence.split("\\s+")) {
            while (word.length() > MAX_BLOCK_CHARS) {
                if (!part.isEmpty()) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                parts.add(word.substring(0, MAX_BLOCK_CHARS));
                word = word.substring(MAX_BLOCK_CHARS);
            }
            if (!part.isEmpty() && part.length() + 1 + word.length() > MAX_BLOCK_CHARS) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(part.isEmpty() ? "" : " ").append(word);
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }
}
