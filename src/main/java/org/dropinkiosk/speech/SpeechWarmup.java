package org.dropinkiosk.speech;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Makes the audio of every fixed label and every phrase of the content in the background, after
 * start-up and after a content change, so that a visitor's first tap finds it ready. One thread,
 * so a visitor's request always finds a free voice in the pool.
 */
@Component
class SpeechWarmup {

    private static final Logger log = LoggerFactory.getLogger(SpeechWarmup.class);

    private final SpeechService speech;
    private final ObjectProvider<PhraseSource> sources;
    private final boolean enabled;
    private final long budgetBytes;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "speech-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    SpeechWarmup(SpeechService speech, ObjectProvider<PhraseSource> sources, SpeechSettings settings) {
        this.speech = speech;
        this.sources = sources;
        this.enabled = settings.warmUp();
        // Half the disk cache: one huge page cannot push every label out, and never writes more than the cache holds.
        this.budgetBytes = settings.cacheMaxSize().toBytes() / 2;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStartUp() {
        warm("start-up", true);
    }

    @EventListener
    void onPhrasesChanged(PhrasesChanged changed) {
        warm(changed.source(), false);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        worker.shutdownNow();
    }

    /** Queues a warm-up; returns at once. */
    Future<?> warm(String why, boolean withMessages) {
        if (!enabled) {
            return CompletableFuture.completedFuture(null);
        }
        return worker.submit(() -> {
            long start = System.nanoTime();
            long before = speech.synthesised();
            long bytesBefore = speech.synthesisedBytes();
            speech.prepare();
            Set<String> phrases = new LinkedHashSet<>();
            if (withMessages) {
                phrases.addAll(messages());
            }
            phrases.addAll(phrases());
            int tooLong = 0;
            for (Pace pace : Pace.values()) {
                for (String phrase : phrases) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    if (speech.synthesisedBytes() - bytesBefore >= budgetBytes) {
                        log.warn(
                                "Speech warm-up after {} stopped at its limit of {} MB of new audio; the rest is made when a visitor asks",
                                why,
                                budgetBytes / (1024 * 1024));
                        return;
                    }
                    if (speech.isTooLong(phrase)) {
                        tooLong++; // refused when asked as well: the browser asks sentence by sentence
                        continue;
                    }
                    speech.speak(phrase, pace);
                }
            }
            if (tooLong > 0) {
                log.info(
                        "Speech warm-up after {} skipped {} phrases longer than {} spoken words",
                        why,
                        tooLong,
                        speech.maxWords());
            }
            log.info(
                    "Speech warm-up after {}: {} phrases ready at {} paces, {} newly made, in {} ms",
                    why,
                    phrases.size(),
                    Pace.values().length,
                    speech.synthesised() - before,
                    (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** Every message in messages/*.properties that is said as it is (messages with {0} are filled in later). */
    static List<String> messages() {
        List<String> all = new ArrayList<>();
        try {
            for (Resource file :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
                String name = file.getFilename();
                if (name == null || name.contains("_")) {
                    continue; // other languages: warmed when a second voice exists
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.stringPropertyNames().stream()
                        .sorted()
                        .map(p::getProperty)
                        .filter(v -> !v.isBlank() && !v.contains("{"))
                        .forEach(all::add);
            }
        } catch (IOException e) {
            log.warn("Speech warm-up could not list the messages: {}", e.toString());
        }
        return all;
    }

    private List<String> phrases() {
        List<String> all = new ArrayList<>();
        sources.orderedStream().forEach(source -> {
            try {
                source.phrases().stream().filter(p -> p != null && !p.isBlank()).forEach(all::add);
            } catch (RuntimeException e) {
                log.warn("Speech warm-up skipped {}: {}", source.getClass().getSimpleName(), e.toString());
            }
        });
        return all;
    }
}
