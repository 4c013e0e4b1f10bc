package org.dropinkiosk.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Sentences;

/**
 * Reads one content file (Markdown with a small front matter, see docs/content.md), keeping the line
 * of every page and block so that a mistake can be named exactly. Any problem makes the whole file
 * broken: the kiosk then keeps showing the file's last good version. Each mistake is said in the venue's language
 * (messages/content, {@code content.mistake.*}).
 */
public final class ContentParser {

    /** Larger files are not read: a content file is a few pages of short sentences. */
    public static final int MAX_BYTES = 512 * 1024;

    public static final int DEFAULT_ORDER = 1000;

    private static final Pattern PICTURE = Pattern.compile("^!\\[([^\\]]*)]\\(\\s*([^)\\s]*)\\s*\\)\\s*(.*)$");
    private static final Pattern LINK = Pattern.compile("^(?:\\[[^\\]]*]\\(\\s*(\\S+)\\s*\\)|<?(https?://\\S+?)>?)$");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private ContentParser() {}

    public static ContentFile parse(String file, byte[] bytes, Messages words) {
        if (bytes.length > MAX_BYTES) {
            return broken(file, 0, words.get("content.mistake.too-large"));
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return broken(file, lineOfFirstBadByte(bytes), words.get("content.mistake.not-utf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Reader(file, text.split("\r\n|\r|\n", -1), words).read();
    }

    /** A file that cannot be used at all, with the one mistake that says why. */
    public static ContentFile broken(String file, int line, String message) {
        return new ContentFile(file, DEFAULT_ORDER, List.of(), List.of(new ConfigProblem(file, line, "", message)));
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static final class Reader {
        private final String file;
        private final String[] lines;
        private final Messages words;
        private final List<ConfigProblem> problems = new ArrayList<>();
        private final List<ContentPage> pages = new ArrayList<>();
        private String title = "";
        private int order = DEFAULT_ORDER;
        private String pageTitle;
        private int pageLine;
        private List<ContentBlock> blocks = new ArrayList<>();

        Reader(String file, String[] lines, Messages words) {
            this.file = file;
            this.lines = lines;
            this.words = words;
        }

        ContentFile read() {
            int body = frontMatter();
            if (!problems.isEmpty()) {
                return new ContentFile(file, order, List.of(), problems);
            }
            pageTitle = title;
            pageLine = body + 1;
            int i = body;
            while (i < lines.length) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("<!--")) {
                    i++;
                    continue;
                }
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    endPage(i + 1);
                    pageTitle = heading.group(1).isBlank() ? title : heading.group(1);
                    pageLine = i + 1;
                    i++;
                    continue;
                }
                int start = i;
                List<String> paragraph = new ArrayList<>();
                while (i < lines.length
                        && !lines[i].isBlank()
                        && !HEADING.matcher(lines[i].strip()).matches()) {
                    paragraph.add(lines[i].strip());
                    i++;
                }
                block(start + 1, paragraph);
            }
            endPage(lines.length);
            if (pages.isEmpty() && problems.isEmpty()) {
                mistake(0, "", "content.mistake.no-pages");
            }
            return problems.isEmpty()
                    ? new ContentFile(file, order, pages, List.of())
                    : new ContentFile(file, order, List.of(), problems);
        }

        /** Reads the front matter and returns the index of the first line after it. */
        private int frontMatter() {
            int first = 0;
            while (first < lines.length && lines[first].isBlank()) {
                first++;
            }
            if (first >= lines.length || !lines[first].strip().equals("---")) {
                mistake(first + 1, "", "content.mistake.front-matter-start");
                return lines.length;
            }
            for (int i = first + 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.equals("---")) {
                    if (title.isBlank()) {
                        mistake(first + 1, "title", "content.mistake.no-title");
                    }
                    return i + 1;
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 1) {
                    mistake(i + 1, "", "content.mistake.front-matter-line");
                    continue;
                }
                String key = line.substring(0, colon).strip().toLowerCase();
                String value = unquote(line.substring(colon + 1).strip());
                switch (key) {
                    case "title" -> title = value;
                    case "order" -> {
                        try {
                            order = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            mistake(i + 1, "order", "content.mistake.order");
                        }
                    }
                    default -> mistake(i + 1, key, "content.mistake.front-matter-name");
                }
            }
            mistake(first + 1, "", "content.mistake.front-matter-end");
            return lines.length;
        }

        private void block(int line, List<String> paragraph) {
            String picture = "";
            String description = "";
            String link = "";
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < paragraph.size(); k++) {
                String l = paragraph.get(k);
                Matcher pic = PICTURE.matcher(l);
                Matcher lnk = LINK.matcher(l);
                if (k == 0 && pic.matches()) {
                    picture = pic.group(2).strip();
                    description = pic.group(1).strip();
                    if (picture.isEmpty()) {
                        mistake(line, "picture", "content.mistake.picture-unnamed");
                    }
                    l = pic.group(3);
                } else if (pic.matches()) {
                    mistake(line + k, "picture", "content.mistake.one-picture");
                    continue;
                } else if (lnk.matches()) {
                    String address = lnk.group(1) != null ? lnk.group(1) : lnk.group(2);
                    if (!WEB_ADDRESS.matcher(address).matches()) {
                        mistake(line + k, "link", "content.mistake.link");
                    } else if (!link.isEmpty()) {
                        mistake(line + k, "link", "content.mistake.one-link");
                    } else {
                        link = address;
                    }
                    continue;
                }
                if (!l.isBlank()) {
                    text.append(text.isEmpty() ? "" : " ").append(plain(l));
                }
            }
            List<String> sentences = Sentences.split(text.toString());
            if (sentences.isEmpty()) {
                mistake(line, "", "content.mistake.no-sentence");
                return;
            }
            blocks.add(new ContentBlock(picture, description, sentences, link, line));
        }

        private void endPage(int nextLine) {
            if (blocks.isEmpty()) {
                // A heading with nothing under it is a mistake; text before the first heading is optional.
                if (headingAt(pageLine)) {
                    mistake(pageLine, "", "content.mistake.empty-page", pageTitle);
                }
            } else {
                pages.add(new ContentPage(file, pageLine, order, pageTitle, blocks));
            }
            blocks = new ArrayList<>();
        }

        private void mistake(int line, String field, String key, Object... args) {
            problems.add(new ConfigProblem(file, line, field, words.get(key, args)));
        }

        private boolean headingAt(int line) {
            return line >= 1
                    && line <= lines.length
                    && HEADING.matcher(lines[line - 1].strip()).matches();
        }

        private static String plain(String line) {
            // Emphasis marks are not shown: easy-read uses no italics, and bold needs no asterisks.
            return line.replace("**", "")
                    .replace("__", "")
                    .replaceAll("(?<![\\w*])[*_](\\S[^*_]*?)[*_](?![\\w*])", "$1");
        }

        private static String unquote(String value) {
            if (value.length() >= 2
                    && (value.startsWith("\"") && value.endsWith("\"")
                            || value.startsWith("'") && value.endsWith("'"))) {
                return value.substring(1, value.length() - 1);
            }
            return value;
        }
    }
}
