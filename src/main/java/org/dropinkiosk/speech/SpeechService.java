package org.dropinkiosk.speech;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dropinkiosk.config.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Text in, audio out: normalise, look in the cache, synthesise only when needed (once, even when
 * several screens ask at the same moment). A failure is logged for staff and never thrown at a screen.
 */
@Service
public class SpeechService {

    private static final Logger log = LoggerFactory.getLogger(SpeechService.class);

    /** A phrase ready to play, with the key that names its sound. */
    public record Spoken(String key, Speech speech) {
    }

    /** The last time speech could not be made, and why (for the health endpoint). */
    public record Failure(Instant at, String reason) {
    }

    private final SpeechEngine engine;
    private final SpeechNormaliser normaliser;
    private final SpeechCache cache;
    private final KioskSettings settings;
    private final Clock clock;
    private final Map<String, CompletableFuture<Speech>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong synthesised = new AtomicLong();
    private volatile Failure lastFailure;
    private volatile boolean lastFailed;

    public SpeechService(SpeechEngine engine, SpeechNormaliser normaliser, SpeechCache cache, KioskSettings settings, Clock clock) {
        this.engine = engine;
        this.normaliser = normaliser;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
    }

    /** The cache key of {@code text} at {@code pace}, without making any sound. */
    public String key(String text, Pace pace) {
        return SpeechCache.key(engine.name(), engine.voice(), pace.wordsPerMinute(settings.speechRate()), normaliser.normalise(text));
    }

    /** The audio for {@code text}, or empty when there is nothing to say or speech failed. */
    public Optional<Spoken> speak(String text, Pace pace) {
        String spoken = normaliser.normalise(text);
        if (spoken.isBlank()) {
            return Optional.empty();
        }
        int rate = pace.wordsPerMinute(settings.speechRate());
        String key = SpeechCache.key(engine.name(), engine.voice(), rate, spoken);
        Optional<Speech> cached = cache.get(key);
        if (cached.isPresent()) {
            return Optional.of(new Spoken(key, cached.get()));
        }
        CompletableFuture<Speech> mine = new CompletableFuture<>();
        CompletableFuture<Speech> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return Optional.ofNullable(running.join()).map(s -> new Spoken(key, s));
        }
        Speech speech = null;
        try {
            speech = engine.synthesise(spoken, rate);
            synthesised.incrementAndGet();
            cache.put(key, speech);
            lastFailed = false;
            return Optional.of(new Spoken(key, speech));
        } catch (RuntimeException e) {
            lastFailure = new Failure(clock.instant(), e.getMessage() == null ? e.toString() : e.getMessage());
            lastFailed = true;
            log.warn("Speech failed for a phrase of {} characters; the screen carries on without sound: {}", text.length(), e.toString());
            return Optional.empty();
        } finally {
            mine.complete(speech);
            inFlight.remove(key);
        }
    }

    /** Gets the engine ready (voices loaded) before the first visitor asks. */
    public void prepare() {
        try {
            engine.prepare();
        } catch (RuntimeException e) {
            lastFailure = new Failure(clock.instant(), e.getMessage() == null ? e.toString() : e.getMessage());
            lastFailed = true;
            log.warn("The speech engine could not be prepared; the kiosk works without sound: {}", e.toString());
        }
    }

    /** How many phrases were synthesised (not found in the cache) since start-up. */
    public long synthesised() {
        return synthesised.get();
    }

    /** The last failure, when the latest attempt failed. */
    public Optional<Failure> failing() {
        return lastFailed ? Optional.ofNullable(lastFailure) : Optional.empty();
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
