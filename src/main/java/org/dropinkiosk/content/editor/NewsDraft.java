package org.dropinkiosk.content.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * One News file as the editor holds it while staff change it: its title and order (the front matter), and its
 * parts, each with a heading (empty for the part under the file's title) and its blocks. Mutable, one per screen.
 */
public final class NewsDraft {

    /** A part of the file: the kiosk shows each part as its own page, under its heading. */
    public static final class Part {
        public String heading = "";
        public final List<Block> blocks = new ArrayList<>();

        Part copy() {
            Part p = new Part();
            p.heading = heading;
            blocks.forEach(b -> p.blocks.add(b.copy()));
            return p;
        }
    }

    /** One picture and one to three short sentences (and a web address a hand edit may have added). */
    public static final class Block {
        public String picture = "";
        public String description = "";
        public final List<String> sentences = new ArrayList<>();
        public String link = "";

        public static Block empty() {
            Block b = new Block();
            b.sentences.add("");
            return b;
        }

        Block copy() {
            Block b = new Block();
            b.picture = picture;
            b.description = description;
            b.sentences.addAll(sentences);
            b.link = link;
            return b;
        }
    }

    public String title = "";
    public int order;
    public final List<Part> parts = new ArrayList<>();

    public NewsDraft copy() {
        NewsDraft d = new NewsDraft();
        d.title = title;
        d.order = order;
        parts.forEach(p -> d.parts.add(p.copy()));
        return d;
    }

    /** A new page: a title and one empty block. */
    public static NewsDraft named(String title, int order) {
        NewsDraft d = new NewsDraft();
        d.title = title;
        d.order = order;
        Part part = new Part();
        part.blocks.add(Block.empty());
        d.parts.add(part);
        return d;
    }
}
