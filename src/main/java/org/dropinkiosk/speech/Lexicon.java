package org.dropinkiosk.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigYaml;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How to say words the voice gets wrong (place names, names), from {@code kiosk-config/pronunciations.yml}.
 * A bad entry is reported to staff and skipped; a broken file keeps the last good list.
 */
@Component
public class Lexicon {

    static final String FILE = "pronunciations.yml";
    private static final Pattern SAYABLE = Pattern.compile("[\\p{L}' -]{1,120}");

    private final Path file;
    private final ConfigProblems problems;
    private volatile Map<String, String> entries = Map.of();
    private volatile Pattern pattern;

    @Autowired
    public Lexicon(KioskSettings settings, ConfigProblems problems) {
        this.file = settings.configDir().resolve(FILE);
        this.problems = problems;
        reload();
    }

    private Lexicon(Map<String, String> entries) {
        this.file = null;
        this.problems = null;
        use(entries);
    }

    /** A lexicon from a plain map, for tests and benchmarks. */
    public static Lexicon of(Map<String, String> entries) {
        return new Lexicon(entries);
    }

    /** Reads the file again; a file with mistakes still gives its good entries. */
    public final void reload() {
        if (file == null) {
            return;
        }
        if (!Files.exists(file)) {
            problems.report(FILE, List.of());
            use(Map.of());
            return;
        }
        ConfigYaml.Result result = ConfigYaml.readList(file, FILE, "pronunciations");
        List<ConfigProblem> found = new ArrayList<>(result.problems());
        if (!result.problems().isEmpty() && result.items().isEmpty()) {
            problems.report(FILE, found); // the whole file is unreadable: keep the last good list
            return;
        }
        Map<String, String> read = new LinkedHashMap<>();
        for (ConfigYaml.Item item : result.items()) {
            String word = item.get("word");
            String say = item.get("say");
            if (word == null || word.isBlank()) {
                found.add(new ConfigProblem(FILE, item.line(), "word", "each entry needs 'word:' with the word as it is written."));
            } else if (say == null || !SAYABLE.matcher(say.strip()).matches()) {
                found.add(new ConfigProblem(FILE, item.lineOf("say"), "say",
                        "'" + word + "' needs 'say:' with letters and spaces only, such as 'Gloster sheer'."));
            } else if (read.containsKey(word.strip().toLowerCase(Locale.ROOT))) {
                found.add(new ConfigProblem(FILE, item.lineOf("word"), "word", "'" + word + "' is in the list twice; the first one is used."));
            } else {
                read.put(word.strip().toLowerCase(Locale.ROOT), say.strip());
            }
        }
        problems.report(FILE, found);
        use(read);
    }

    private void use(Map<String, String> read) {
        Map<String, String> lower = new LinkedHashMap<>();
        read.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        entries = Map.copyOf(lower);
        pattern = lower.isEmpty() ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])("
                + lower.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])");
    }

    public Map<String, String> entries() {
        return entries;
    }

    /** Replaces every listed word in {@code text} with how it is said. */
    public String apply(String text) {
        Pattern p = pattern;
        if (p == null) {
            return text;
        }
        Map<String, String> e = entries;
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(e.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
