package org.dropinkiosk.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigWatcher;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.speech.PhraseSource;
import org.dropinkiosk.speech.PhrasesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The news content the kiosk shows now. Reads kiosk-config/content at start and again when the one
 * {@link ConfigWatcher} says a file in content/ or pictures/ changed (decision 1701). A broken file keeps its
 * last good version and is reported, with file and line, to {@link ConfigProblems} and the log.
 */
@Service
public class ContentLibrary implements PhraseSource {

    /** What is shown now; a new snapshot replaces it whole, so a screen never sees half a reload. */
    public record Snapshot(long version, List<ContentScreen> screens, List<EasyReadFinding> findings, int pages) {}

    private static final Logger log = LoggerFactory.getLogger(ContentLibrary.class);
    static final String PREFIX = "content/";
    private static final String PICTURES = "pictures";

    private final Path folder;
    private final SymbolCatalog symbols;
    private final ConfigProblems problems;
    private final ApplicationEventPublisher events;
    private final Messages words;
    private final Map<String, ContentFile> lastGood = new HashMap<>();
    private final Set<String> reported = new LinkedHashSet<>();
    private volatile Snapshot snapshot = new Snapshot(0, List.of(), List.of(), 0);

    public ContentLibrary(
            KioskSettings settings,
            ConfigProblems problems,
            ApplicationEventPublisher events,
            PictureResolver pictures,
            Messages words) {
        this.folder = settings.configDir().resolve("content");
        this.problems = problems;
        this.events = events;
        this.words = words;
        this.symbols = new SymbolCatalog(pictures);
        // No event yet: speech reads every PhraseSource when it starts.
        load(false);
    }

    public Snapshot current() {
        return snapshot;
    }

    public SymbolCatalog symbols() {
        return symbols;
    }

    /** Reads the folder again now (staff's "Reload content", and the watcher when something changed). */
    public Snapshot reload() {
        return load(true);
    }

    private synchronized Snapshot load(boolean announce) {
        List<ContentFile> read = ContentFolder.read(folder, PREFIX, words);
        Set<String> present = new LinkedHashSet<>();
        Map<String, List<ConfigProblem>> byFile = new LinkedHashMap<>();
        List<ContentFile> shown = new ArrayList<>();
        for (ContentFile file : read) {
            present.add(file.file());
            byFile.put(file.file(), new ArrayList<>(file.problems()));
            if (file.isBroken()) {
                ContentFile good = lastGood.get(file.file());
                if (good != null) {
                    shown.add(good);
                    log.warn("Content file {} is broken; the kiosk keeps showing its last good version.", file.file());
                }
            } else {
                lastGood.put(file.file(), file);
                shown.add(file);
            }
        }
        lastGood.keySet().retainAll(present);

        EasyReadChecker checker = new EasyReadChecker(ContentFolder.allowedWords(folder), symbols);
        List<EasyReadFinding> findings = checker.check(read);
        // A picture that cannot be found is a mistake in kiosk-config too, not only easy-read advice.
        findings.stream()
                .filter(f -> f.rule().equals("unknown-symbol") || f.rule().equals("no-picture"))
                .forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>())
                        .add(new ConfigProblem(f.file(), f.line(), "picture", f.message())));
        for (String gone : reported) {
            if (!byFile.containsKey(gone)) {
                problems.report(gone, List.of());
            }
        }
        reported.clear();
        byFile.forEach((file, list) -> {
            problems.report(file, list);
            reported.add(file);
        });

        List<ContentPage> pages = ContentFolder.pages(shown);
        snapshot = new Snapshot(snapshot.version() + 1, ScreenSplitter.split(pages), findings, pages.size());
        log.info(
                "News content read: {} pages in {} screens, {} easy-read errors, {} pieces of advice.",
                pages.size(),
                snapshot.screens().size(),
                EasyReadChecker.errors(findings),
                findings.size() - EasyReadChecker.errors(findings));
        if (announce) {
            events.publishEvent(new PhrasesChanged("content"));
        }
        return snapshot;
    }

    /** A news page or a venue picture was added, saved or removed. */
    @EventListener
    public void onChanged(ConfigChanged changed) {
        if (changed.isIn("content") || changed.isIn(PICTURES)) {
            reload();
        }
    }

    /** Every sentence of the news, so speech can make its audio before a visitor asks. */
    @Override
    public Collection<String> phrases() {
        Set<String> phrases = new LinkedHashSet<>();
        for (ContentScreen screen : snapshot.screens()) {
            phrases.add(screen.title());
            screen.blocks().forEach(b -> phrases.addAll(b.sentences()));
        }
        return List.copyOf(phrases);
    }
}
