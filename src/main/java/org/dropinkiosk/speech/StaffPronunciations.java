package org.dropinkiosk.speech;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.SafeYaml;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reading and writing {@code kiosk-config/pronunciations.yml} for the staff editor: the entries with the version
 * they were read at, checks that name the row, and a save through {@link KioskFiles} that keeps the file's
 * comments and makes the voice use the change at once. The one place the editor touches the file.
 */
@Component
public class StaffPronunciations {

    /** Longest word and spoken form; {@link Lexicon} accepts up to 120 letters to say. */
    public static final int MAX_WORD = 60;

    public static final int MAX_SAY = 120;
    /** Bounds the list a save writes (the file itself is read up to 1 MB). */
    public static final int MAX_ENTRIES = 500;

    static final String STAFF_LINE =
            "# The staff area also writes this file (Staff > Pronunciations): a change made there shows here.";
    private static final String LIST = "pronunciations";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’. &-]+");
    private static final Pattern SAY = Pattern.compile("[\\p{L}' -]+"); // what Lexicon accepts

    /** One row: the word as written and how to say it. */
    public record Entry(String word, String say) {}

    /** The file as read: its rows, its text (for the comments) and the version to save against. */
    public record Loaded(List<Entry> entries, String text, KioskFiles.Version version) {}

    /** What is wrong with a row, by kind; rows count from 1 as staff see them. */
    public record Mistake(int row, Kind kind, String word, int otherRow) {}

    public enum Kind {
        WORD_EMPTY,
        WORD_TOO_LONG,
        WORD_CHARACTERS,
        SAY_EMPTY,
        SAY_TOO_LONG,
        SAY_CHARACTERS,
        DUPLICATE,
        TOO_MANY
    }

    /** The file cannot be read as a list; the editor shows this and saves nothing over the hand edit. */
    public static final class Unreadable extends IOException {
        private final int line;

        Unreadable(int line, String problem) {
            super(problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final Path file;
    private final ConfigStore store;

    public StaffPronunciations(ConfigStore store) {
        this.file = store.path(PronunciationsFile.FILE.name());
        this.store = store;
    }

    public Path path() {
        return file;
    }

    public Loaded load() throws IOException {
        KioskFiles.Snapshot snapshot = KioskFiles.read(file);
        return new Loaded(parse(snapshot.text()), snapshot.text(), snapshot.version());
    }

    /**
     * Saves {@code entries} over the file read as {@code from}, if nobody changed it since; the voice says the new
     * words from the next phrase on. The caller has checked the entries with {@link #check}.
     *
     * @throws KioskFiles.ChangedOnDisk the file changed after it was read: nothing was written
     */
    public Loaded save(List<Entry> entries, Loaded from) throws IOException {
        if (!check(entries).isEmpty()) {
            throw new IllegalArgumentException("check the entries before saving");
        }
        String text = render(from.text(), entries);
        KioskFiles.Version version = KioskFiles.write(file, text, from.version());
        store.changed(PronunciationsFile.FILE.name()); // Lexicon reloads now, and the warm-up makes the new sounds
        return new Loaded(List.copyOf(entries), text, version);
    }

    /** Every mistake, in row order; an empty list means the entries can be saved. */
    public static List<Mistake> check(List<Entry> entries) {
        List<Mistake> found = new ArrayList<>();
        if (entries.size() > MAX_ENTRIES) {
            found.add(new Mistake(MAX_ENTRIES, Kind.TOO_MANY, "", 0));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            int row = i + 1;
            String word = strip(entries.get(i).word());
            String say = strip(entries.get(i).say());
            String named = word.length() > 30 ? word.substring(0, 30) + "…" : word;
            if (word.isEmpty()) {
                found.add(new Mistake(row, Kind.WORD_EMPTY, "", 0));
            } else if (word.length() > MAX_WORD) {
                found.add(new Mistake(row, Kind.WORD_TOO_LONG, named, 0));
            } else if (!WORD.matcher(word).matches()) {
                found.add(new Mistake(row, Kind.WORD_CHARACTERS, named, 0));
            } else {
                Integer first = seen.putIfAbsent(word.toLowerCase(Locale.ROOT), row);
                if (first != null) {
                    found.add(new Mistake(row, Kind.DUPLICATE, named, first));
                }
            }
            if (word.isEmpty()) {
                continue; // one sentence for the row: write the word first (or remove the row)
            }
            if (say.isEmpty()) {
                found.add(new Mistake(row, Kind.SAY_EMPTY, named, 0));
            } else if (say.length() > MAX_SAY) {
                found.add(new Mistake(row, Kind.SAY_TOO_LONG, named, 0));
            } else if (!SAY.matcher(say).matches()) {
                found.add(new Mistake(row, Kind.SAY_CHARACTERS, named, 0));
            }
        }
        return found;
    }

    /** The rows of the file's text, in order (a missing or empty file has none). */
    static List<Entry> parse(String text) throws Unreadable {
        if (text.isBlank()) {
            return List.of();
        }
        Node root;
        try {
            SafeYaml.check(new StringReader(text));
            root = new Yaml(SafeYaml.options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new Unreadable(line, e.getProblem() == null ? "the layout is broken" : e.getProblem());
        } catch (RuntimeException e) {
            throw new Unreadable(0, "the file could not be read");
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : items(root)) {
            if (!(item instanceof MappingNode map)) {
                throw new Unreadable(line(item), "each entry needs 'word:' and 'say:'");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && t.getValueNode() instanceof ScalarNode v) {
                    fields.put(k.getValue(), v.getValue());
                }
            }
            entries.add(new Entry(fields.getOrDefault("word", ""), fields.getOrDefault("say", "")));
        }
        return entries;
    }

    private static List<Node> items(Node root) throws Unreadable {
        if (root == null) {
            return List.of();
        }
        Node list = root;
        if (root instanceof MappingNode map) {
            list = map.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k
                            && k.getValue().equals(LIST))
                    .map(NodeTuple::getValueNode)
                    .findFirst()
                    .orElse(null);
            if (list == null) {
                throw new Unreadable(1, "the file needs a line 'pronunciations:' with the list under it");
            }
        }
        if (list instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of(); // "pronunciations:" with nothing under it
        }
        if (!(list instanceof SequenceNode seq)) {
            throw new Unreadable(line(list), "expected a list: each entry starts with '- word:'");
        }
        return seq.getValue();
    }

    /**
     * The new file: the old file's comments above the list (with the line saying staff write it too), then each
     * entry with the comment lines that stood above it, then any comments that closed the list.
     */
    static String render(String old, List<Entry> entries) {
        List<String> header = new ArrayList<>();
        Map<String, List<String>> above = new HashMap<>();
        List<String> pending = new ArrayList<>();
        boolean inList = false;
        for (String line : old.split("\\R", -1)) {
            String trimmed = line.strip();
            if (!inList) {
                if (trimmed.startsWith(LIST + ":")) {
                    inList = true;
                } else if (trimmed.startsWith("#")) {
                    header.add(trimmed);
                }
            } else if (trimmed.startsWith("#")) {
                pending.add(trimmed);
            } else if (trimmed.startsWith("- ")) {
                String word = wordOf(trimmed.substring(2).strip());
                if (word != null && !pending.isEmpty()) {
                    above.put(word.toLowerCase(Locale.ROOT), List.copyOf(pending));
                }
                pending.clear();
            }
        }
        StringBuilder out = new StringBuilder();
        if (header.stream().noneMatch(h -> h.contains("staff area also writes"))) {
            header.add(STAFF_LINE);
        }
        header.forEach(h -> out.append(h).append('\n'));
        if (entries.isEmpty()) {
            out.append(LIST).append(": []\n");
        } else {
            out.append(LIST).append(":\n");
        }
        for (Entry e : entries) {
            String word = strip(e.word());
            above.getOrDefault(word.toLowerCase(Locale.ROOT), List.of())
                    .forEach(c -> out.append("  ").append(c).append('\n'));
            out.append("  - word: ").append(quoted(word)).append('\n');
            out.append("    say: ").append(quoted(strip(e.say()))).append('\n');
        }
        pending.forEach(c -> out.append("  ").append(c).append('\n'));
        return out.toString();
    }

    // "word: Gloucester" or "word: 'St John''s'" on an entry's first line; the word's comments follow it.
    private static String wordOf(String field) {
        if (!field.startsWith("word:")) {
            return null;
        }
        try {
            Object value = new Yaml(SafeYaml.options()).load(field);
            return value instanceof Map<?, ?> m && m.get("word") != null
                    ? String.valueOf(m.get("word")).strip()
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Plain when YAML reads it back the same, else in single quotes (a quote inside doubled). */
    static String quoted(String value) {
        boolean plain = value.matches("[\\p{L}][\\p{L}\\p{N} -]*")
                && !value.endsWith(" ")
                && !List.of("yes", "no", "on", "off", "true", "false", "null", "y", "n")
                        .contains(value.toLowerCase(Locale.ROOT));
        return plain ? value : "'" + value.replace("'", "''") + "'";
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null
                ? 0
                : node.getStartMark().getLine() + 1;
    }
}
