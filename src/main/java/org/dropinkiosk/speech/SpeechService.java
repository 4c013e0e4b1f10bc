package org.dropinkiosk.speech;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dropinkiosk.config.LiveSettings;
import org.dropinkiosk.kiosk.Sentences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Text in, audio out: normalise, look in the cache, synthesise only when needed (once, even when
 * several screens ask at the same moment). A failure is logged for staff and never thrown at a screen.
 */
@Service
public class SpeechService {

    private static final Logger log = LoggerFactory.getLogger(SpeechService.class);
    /** Marks of personal phrases kept at once: a busy day's greetings at both paces, about 1 MB. */
    static final int MAX_PERSONAL_KEYS = 10_000;

    /** A phrase ready to play, with the key that names its sound; a personal one must not be kept anywhere. */
    public record Spoken(String key, Speech speech, boolean personal) {}

    /** The last time speech could not be made, and why (for the health endpoint). */
    public record Failure(Instant at, String reason) {}

    private final SpeechEngine engine;
    private final SpeechNormaliser normaliser;
    private final SpeechCache cache;
    private final LiveSettings settings;
    private final Clock clock;
    private final int maxWords;
    private final PersonalPhrases personal = new PersonalPhrases(MAX_PERSONAL_KEYS);
    private final Map<String, CompletableFuture<Speech>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong synthesised = new AtomicLong();
    private final AtomicLong synthesisedBytes = new AtomicLong();
    private volatile Failure lastFailure;
    private volatile boolean lastFailed;

    public SpeechService(
            SpeechEngine engine,
            SpeechNormaliser normaliser,
            SpeechCache cache,
            LiveSettings settings,
            SpeechSettings speechSettings,
            Clock clock) {
        this.maxWords = speechSettings.maxWords();
        this.engine = engine;
        this.normaliser = normaliser;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
    }

    /** The cache key of {@code text} at {@code pace}, without making any sound. */
    public String key(String text, Pace pace) {
        return SpeechCache.key(
                engine.name(), engine.voice(), pace.wordsPerMinute(settings.speechRate()), normaliser.normalise(text));
    }

    /**
     * Whether {@code text} would be spoken as more than {@code kiosk.speech.max-words} words (numbers,
     * dates and times spelt out): the audio a request may make is limited by its spoken length.
     */
    public boolean isTooLong(String text) {
        return SpokenWords.of(normaliser.normalise(text)).size() > maxWords;
    }

    /** The most words one phrase may be spoken as. */
    public int maxWords() {
        return maxWords;
    }

    /** Marks {@code phrase} (and each of its sentences, at every pace) as holding a person: made when asked, never kept. */
    public void markPersonal(PersonalPhrase phrase) {
        String clean = phrase.text().strip().replaceAll("\\s+", " ");
        // Split as Listen and say() split (Sentences), so every sentence they ask for is marked as well.
        List<String> parts = new ArrayList<>(Sentences.split(clean));
        parts.add(clean);
        for (Pace pace : Pace.values()) {
            for (String part : parts) {
                String key = key(part, pace);
                personal.mark(key, phrase.owner());
                cache.remove(key); // asked for before it was marked (by anyone): gone now
            }
        }
    }

    @EventListener
    void forget(PersonalSpeechForgotten forgotten) {
        personal.forget(forgotten);
    }

    /** How many personal phrase keys are remembered now (for tests). */
    int personalMarks() {
        return personal.size();
    }

    /** The audio for {@code text}, or empty when there is nothing to say, it is too long, or speech failed. */
    public Optional<Spoken> speak(String text, Pace pace) {
        String spoken = normaliser.normalise(text);
        if (spoken.isBlank() || SpokenWords.of(spoken).size() > maxWords) {
            return Optional.empty();
        }
        int rate = pace.wordsPerMinute(settings.speechRate());
        String key = SpeechCache.key(engine.name(), engine.voice(), rate, spoken);
        boolean isPersonal = personal.isPersonal(key);
        if (!isPersonal) {
            Optional<Speech> cached = cache.get(key, spoken);
            if (cached.isPresent()) {
                return Optional.of(new Spoken(key, cached.get(), false));
            }
        }
        CompletableFuture<Speech> mine = new CompletableFuture<>();
        CompletableFuture<Speech> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return Optional.ofNullable(running.join()).map(s -> new Spoken(key, s, isPersonal));
        }
        Speech speech = null;
        try {
            speech = engine.synthesise(spoken, rate);
            synthesised.incrementAndGet();
            synthesisedBytes.addAndGet(speech.size());
            if (!isPersonal) {
                cache.put(key, speech);
            }
            lastFailed = false;
            return Optional.of(new Spoken(key, speech, isPersonal));
        } catch (RuntimeException e) {
            lastFailure = new Failure(clock.instant(), e.getMessage() == null ? e.toString() : e.getMessage());
            lastFailed = true;
            log.warn(
                    "Speech failed for a phrase of {} characters; the screen carries on without sound: {}",
                    text.length(),
                    e.toString());
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

    /** How many bytes of audio were synthesised since start-up (the warm-up keeps within a budget). */
    long synthesisedBytes() {
        return synthesisedBytes.get();
    }

    /** The last failure, when the latest attempt failed. */
    public Optional<Failure> failing() {
        return lastFailed ? Optional.ofNullable(lastFailure) : Optional.empty();
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
