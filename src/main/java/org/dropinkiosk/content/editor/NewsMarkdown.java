package org.dropinkiosk.content.editor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dropinkiosk.content.ContentBlock;
import org.dropinkiosk.content.ContentFile;
import org.dropinkiosk.content.ContentPage;
import org.dropinkiosk.content.ContentParser;
import org.dropinkiosk.kiosk.Messages;

/**
 * Turns a News file into a {@link NewsDraft} and back, in the format {@link ContentParser} reads (docs/content.md).
 * {@link #checked} refuses a draft whose written file would not read back exactly as the draft, so the editor
 * never saves something the kiosk would show differently.
 */
public final class NewsMarkdown {

    /** Longer sentences are refused: a News sentence is short, and a pasted essay must not reach the kiosk. */
    public static final int MAX_SENTENCE = 300;

    public static final int MAX_TITLE = 80;
    public static final int MAX_DESCRIPTION = 120;

    static final String HEADER_COMMENT =
            "<!-- The staff area's News editor writes this file too. Each block: a picture, then one to three short sentences. See docs/content.md. -->";
    private static final Pattern SAFE_PICTURE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final Pattern LINE_WITH_MEANING = Pattern.compile("^(#|!\\[|<!--|\\[[^\\]]*]\\(|<?https?://).*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NewsMarkdown() {}

    /** The draft of a file that reads without problems; {@code text} is the file's text, for its title. */
    public static NewsDraft fromFile(ContentFile file, String text) {
        NewsDraft draft = new NewsDraft();
        draft.title = frontMatterTitle(text);
        draft.order = file.order();
        for (ContentPage page : file.pages()) {
            NewsDraft.Part part = new NewsDraft.Part();
            part.heading = draft.parts.isEmpty() && page.title().equals(draft.title) ? "" : page.title();
            for (ContentBlock b : page.blocks()) {
                NewsDraft.Block block = new NewsDraft.Block();
                block.picture = b.picture();
                block.description = b.description();
                block.sentences.addAll(b.sentences());
                block.link = b.link();
                part.blocks.add(block);
            }
            draft.parts.add(part);
        }
        return draft;
    }

    /** Reads the text as the kiosk does, or returns null when the kiosk would call the file broken. */
    public static NewsDraft read(String fileName, String text, Messages words) {
        ContentFile file = ContentParser.parse(fileName, text.getBytes(StandardCharsets.UTF_8), words);
        return file.isBroken() ? null : fromFile(file, text);
    }

    /** The file's text for a draft that {@link #tidy} has already made tidy. */
    public static String write(NewsDraft draft) {
        StringBuilder s = new StringBuilder();
        s.append("---\n")
                .append("title: ")
                .append(draft.title)
                .append('\n')
                .append("order: ")
                .append(draft.order)
                .append('\n')
                .append("---\n\n")
                .append(HEADER_COMMENT)
                .append('\n');
        for (int i = 0; i < draft.parts.size(); i++) {
            NewsDraft.Part part = draft.parts.get(i);
            if (i > 0 || !part.heading.isBlank()) {
                s.append("\n# ")
                        .append(part.heading.isBlank() ? draft.title : part.heading)
                        .append('\n');
            }
            for (NewsDraft.Block block : part.blocks) {
                s.append('\n');
                if (!block.picture.isBlank()) {
                    s.append("![")
                            .append(block.description)
                            .append("](")
                            .append(block.picture)
                            .append(")\n");
                }
                block.sentences.forEach(sentence -> s.append(sentence).append('\n'));
                if (!block.link.isBlank()) {
                    s.append(block.link).append('\n');
                }
            }
        }
        return s.toString();
    }

    /**
     * A tidy copy of the draft, ready to write: spaces evened out, empty blocks and parts left out, a full stop
     * after a sentence that ends in a letter or digit. Refused, naming the block, when a rule is broken.
     */
    public static NewsDraft tidy(NewsDraft draft) throws SaveRefused {
        List<NewsProblem> problems = new ArrayList<>();
        NewsDraft d = new NewsDraft();
        d.title = oneLine(draft.title);
        d.order = draft.order;
        if (d.title.isEmpty()) {
            problems.add(NewsProblem.of("content.editor.problem.no-title"));
        } else if (d.title.length() > MAX_TITLE) {
            problems.add(NewsProblem.of("content.editor.problem.long-title", d.title.length(), MAX_TITLE));
        }
        int number = 0;
        for (NewsDraft.Part part : draft.parts) {
            NewsDraft.Part p = new NewsDraft.Part();
            p.heading = oneLine(part.heading);
            if (p.heading.length() > MAX_TITLE) {
                problems.add(NewsProblem.of("content.editor.problem.long-heading", p.heading.length(), MAX_TITLE));
            }
            for (NewsDraft.Block block : part.blocks) {
                number++;
                NewsDraft.Block b = tidy(block, number, problems);
                if (b != null) {
                    p.blocks.add(b);
                }
            }
            if (!p.blocks.isEmpty()) {
                d.parts.add(p);
            }
        }
        if (d.parts.isEmpty() && problems.isEmpty()) {
            problems.add(NewsProblem.of("content.editor.problem.no-blocks"));
        }
        if (!problems.isEmpty()) {
            throw new SaveRefused(problems);
        }
        return d;
    }

    private static NewsDraft.Block tidy(NewsDraft.Block block, int number, List<NewsProblem> problems) {
        NewsDraft.Block b = new NewsDraft.Block();
        b.picture = block.picture.strip();
        b.description = oneLine(block.description).replace('[', '(').replace(']', ')');
        b.link = block.link.strip();
        int refused = problems.size();
        for (String sentence : block.sentences) {
            String s = oneLine(sentence);
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > MAX_SENTENCE) {
                problems.add(NewsProblem.of("content.editor.problem.long-sentence", number, s.length(), MAX_SENTENCE));
                continue;
            }
            if (LINE_WITH_MEANING.matcher(s).matches()) {
                problems.add(NewsProblem.of(
                        "content.editor.problem.sentence-start", number, s.substring(0, Math.min(20, s.length()))));
                continue;
            }
            if (Character.isLetterOrDigit(s.codePointBefore(s.length()))) {
                s = s + ".";
            }
            b.sentences.add(s);
        }
        if (b.sentences.isEmpty() && b.picture.isEmpty() && problems.size() == refused) {
            return null; // an empty block, as "Add a block" makes it: nothing to keep
        }
        if (!b.picture.isEmpty() && (!SAFE_PICTURE.matcher(b.picture).matches() || b.picture.contains(".."))) {
            problems.add(NewsProblem.of("content.editor.problem.picture-name", number, b.picture));
        }
        if (b.description.length() > MAX_DESCRIPTION) {
            problems.add(NewsProblem.of("content.editor.problem.long-description", number, MAX_DESCRIPTION));
        }
        if (b.sentences.isEmpty() && problems.size() == refused) {
            problems.add(NewsProblem.of("content.editor.problem.no-sentence", number));
        }
        return b;
    }

    /**
     * The text to save for a draft: tidied, written, and read back as the kiosk will read it. A draft that would
     * read back differently (a mark the format gives a meaning, such as * or a full stop inside a sentence) is refused.
     */
    public static String checked(NewsDraft draft, String fileName, Messages words) throws SaveRefused {
        NewsDraft tidy = tidy(draft);
        String text = write(tidy);
        if (text.getBytes(StandardCharsets.UTF_8).length > ContentParser.MAX_BYTES) {
            throw new SaveRefused(NewsProblem.of("content.editor.problem.too-big"));
        }
        NewsDraft back = read(fileName, text, words);
        if (back == null || !write(back).equals(text)) {
            throw new SaveRefused(NewsProblem.of("content.editor.problem.format"));
        }
        return text;
    }

    private static String oneLine(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The title line of the front matter, read the way ContentParser reads it. */
    static String frontMatterTitle(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inside = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.equals("---")) {
                if (inside) {
                    break;
                }
                inside = true;
                continue;
            }
            if (inside
                    && line.toLowerCase().startsWith("title")
                    && line.indexOf(':') > 0
                    && line.substring(0, line.indexOf(':')).strip().equalsIgnoreCase("title")) {
                String value = line.substring(line.indexOf(':') + 1).strip();
                if (value.length() >= 2
                        && (value.startsWith("\"") && value.endsWith("\"")
                                || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return "";
    }
}
