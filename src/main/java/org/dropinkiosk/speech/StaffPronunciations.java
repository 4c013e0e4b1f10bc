package org.dropinkiosk.speech;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.KioskFiles;
import org.springframework.stereotype.Component;

/**
 * The staff editor's way into {@code kiosk-config/pronunciations.yml}: the entries as the {@link ConfigStore} read
 * them (the one reader of the file, decision 1701), checks that name the row, and a save through
 * {@link ConfigStore#save} (which keeps the comments above each entry) that makes the voice use the change at once.
 */
@Component
public class StaffPronunciations {

    /** Longest word and spoken form; {@link Lexicon} accepts up to 120 letters to say. */
    public static final int MAX_WORD = 60;

    public static final int MAX_SAY = 120;
    /** Bounds the list a save writes (the file itself is read up to 1 MB). */
    public static final int MAX_ENTRIES = 500;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’. &-]+");
    private static final Pattern SAY = Pattern.compile("[\\p{L}' -]+"); // what Lexicon accepts

    /** One row: the word as written and how to say it. */
    public record Entry(String word, String say) {}

    /** The file as read: its rows and the version to save against. */
    public record Loaded(List<Entry> entries, KioskFiles.Version version) {}

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

    /** The file on disk cannot be used; the editor shows this and saves nothing over the hand edit. */
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

    private final ConfigStore store;

    public StaffPronunciations(ConfigStore store) {
        this.store = store;
    }

    public Path path() {
        return store.path(PronunciationsFile.FILE.name());
    }

    /** The entries the kiosk uses, read again first if the file changed on disk since. */
    public Loaded load() throws Unreadable {
        store.changed(PronunciationsFile.FILE.name());
        Optional<ConfigProblem> unusable = store.unusable(PronunciationsFile.FILE);
        if (unusable.isPresent()) {
            throw new Unreadable(unusable.get().line(), unusable.get().message());
        }
        List<Entry> entries = store.current(PronunciationsFile.FILE).pronunciations().stream()
                .map(e -> new Entry(e.word(), e.say()))
                .toList();
        return new Loaded(entries, store.version(PronunciationsFile.FILE));
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
        List<PronunciationsFile.Entry> rows = entries.stream()
                .map(e -> new PronunciationsFile.Entry(strip(e.word()), strip(e.say())))
                .toList();
        // the store reads the file back and tells Lexicon, which uses it now and warms up the new sounds
        KioskFiles.Version version = store.save(PronunciationsFile.FILE, new PronunciationsFile(rows), from.version());
        return new Loaded(List.copyOf(entries), version);
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

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
