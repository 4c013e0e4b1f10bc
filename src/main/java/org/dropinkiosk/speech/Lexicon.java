package org.dropinkiosk.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.Mistakes;
import org.dropinkiosk.speech.PronunciationsFile.Entry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * How to say words the voice gets wrong (place names, names), from {@code kiosk-config/pronunciations.yml}, read
 * through the {@link ConfigStore}. A bad entry is reported to staff and skipped; a broken file keeps the last good list.
 */
@Component
public class Lexicon {

    private final ConfigStore store;
    private final ApplicationEventPublisher events;
    private volatile Map<String, String> entries = Map.of();
    private volatile Pattern pattern;

    @Autowired
    public Lexicon(ConfigStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        use(entries(store.register(PronunciationsFile.FILE, Lexicon::tidy)));
    }

    private Lexicon(Map<String, String> entries) {
        this.store = null;
        this.events = null;
        use(entries);
    }

    /** A lexicon from a plain map, for tests and benchmarks. */
    public static Lexicon of(Map<String, String> entries) {
        return new Lexicon(entries);
    }

    /** The file was read again: use its words, and let speech make their audio again. */
    @EventListener
    public void onChanged(ConfigChanged changed) {
        if (store != null && changed.is(PronunciationsFile.FILE)) {
            use(entries(store.current(PronunciationsFile.FILE)));
            events.publishEvent(new PhrasesChanged("pronunciations"));
        }
    }

    /** A word listed twice: the first one is used. */
    private static PronunciationsFile tidy(PronunciationsFile read, Mistakes mistakes) {
        Set<String> words = new HashSet<>();
        List<Entry> kept = new ArrayList<>();
        for (int i = 0; i < read.pronunciations().size(); i++) {
            Entry entry = read.pronunciations().get(i);
            if (words.add(entry.word().strip().toLowerCase(Locale.ROOT))) {
                kept.add(new Entry(entry.word().strip(), entry.say().strip()));
            } else {
                mistakes.leftOut(
                        "pronunciations[" + i + "].word",
                        "config.mistake.twice",
                        entry.word().strip());
            }
        }
        return new PronunciationsFile(kept);
    }

    private static Map<String, String> entries(PronunciationsFile file) {
        Map<String, String> read = new LinkedHashMap<>();
        file.pronunciations().forEach(e -> read.put(e.word(), e.say()));
        return read;
    }

    private void use(Map<String, String> read) {
        Map<String, String> lower = new LinkedHashMap<>();
        read.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        entries = Map.copyOf(lower);
        pattern = lower.isEmpty()
                ? null
                : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])("
                        + lower.keySet().stream()
                                .sorted(Comparator.comparingInt(String::length).reversed())
                                .map(Pattern::quote)
                                .collect(Collectors.joining("|"))
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
            m.appendReplacement(
                    out, Matcher.quoteReplacement(e.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
