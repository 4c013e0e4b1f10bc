package org.dropinkiosk.speech;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dropinkiosk.kiosk.Sentences;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The browser's way to speech: {@code GET /speech/audio?text=...&pace=normal|slower} gives a WAV,
 * {@code GET /speech/timings?...} when each word and sentence is heard, {@code GET /speech/sentences?text=...}
 * the sentences and words Listen reads and highlights. GET only, no session needed.
 */
@RestController
@RequestMapping("/speech")
class SpeechController {

    static final MediaType WAV = MediaType.parseMediaType("audio/wav");
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();
    // Words that hold a person stay out of the browser's cache too.
    private static final CacheControl PERSONAL = CacheControl.noStore();
    /** The longest text split for Listen (a block is a few hundred characters); Tomcat refuses an 8 KB address anyway. */
    static final int MAX_SPLIT = 4_000;

    /** What the browser script needs to know. */
    record Settings(boolean sayButtons, int maxLength) {}

    /** Word and sentence timings of one phrase, in milliseconds. */
    record Timings(String key, int millis, List<Speech.Timing> words, List<Speech.Timing> sentences) {}

    /** A text's sentences and their words, split by the kiosk's one splitter. */
    record Split(List<Sentences.Sentence> sentences) {}

    private final SpeechService speech;
    private final int maxLength;
    private final boolean sayButtons;

    SpeechController(SpeechService speech, SpeechSettings settings) {
        this.speech = speech;
        this.maxLength = settings.maxLength();
        this.sayButtons = settings.sayButtons();
    }

    @GetMapping("/audio")
    ResponseEntity<?> audio(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String pace,
            WebRequest request) {
        Optional<ResponseEntity<?>> refused = refuse(text, pace);
        if (refused.isPresent()) {
            return refused.get();
        }
        Pace p = Pace.parse(pace).orElseThrow();
        String key = speech.key(text, p);
        if (request.checkNotModified("\"" + key + "\"")) {
            return null; // 304: Spring has written the status and headers
        }
        return speech.speak(text, p)
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok()
                        .contentType(WAV)
                        .eTag(s.key())
                        .cacheControl(cacheControl(s))
                        .body(s.speech().wav()))
                .orElseGet(this::unavailable);
    }

    @GetMapping("/timings")
    ResponseEntity<?> timings(
            @RequestParam(required = false) String text, @RequestParam(required = false) String pace) {
        Optional<ResponseEntity<?>> refused = refuse(text, pace);
        if (refused.isPresent()) {
            return refused.get();
        }
        return speech.speak(text, Pace.parse(pace).orElseThrow())
                .<ResponseEntity<?>>map(s -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .eTag(s.key())
                        .cacheControl(cacheControl(s))
                        .body(new Timings(
                                s.key(),
                                s.speech().millis(),
                                s.speech().words(),
                                s.speech().sentences())))
                .orElseGet(this::unavailable);
    }

    @GetMapping("/sentences")
    ResponseEntity<?> sentences(@RequestParam(required = false) String text) {
        if (text == null || text.isBlank()) {
            return plain(HttpStatus.BAD_REQUEST, "Give the text to split.");
        }
        if (text.length() > MAX_SPLIT) {
            return plain(HttpStatus.CONTENT_TOO_LARGE, "The text is too long: at most " + MAX_SPLIT + " characters.");
        }
        // The text may hold a visitor's name (a greeting): the browser keeps no copy.
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(PERSONAL)
                .body(new Split(Sentences.withWords(text)));
    }

    @GetMapping("/settings")
    Settings settings() {
        return new Settings(sayButtons, maxLength);
    }

    @GetMapping("/**")
    ResponseEntity<String> unknown() {
        return plain(HttpStatus.NOT_FOUND, "There is no such speech request.");
    }

    private Optional<ResponseEntity<?>> refuse(String text, String pace) {
        if (text == null || text.isBlank()) {
            return Optional.of(plain(HttpStatus.BAD_REQUEST, "Give the text to say."));
        }
        if (text.length() > maxLength) {
            return Optional.of(
                    plain(HttpStatus.CONTENT_TOO_LARGE, "The text is too long: at most " + maxLength + " characters."));
        }
        if (Pace.parse(pace).isEmpty()) {
            return Optional.of(plain(HttpStatus.BAD_REQUEST, "The pace is normal or slower."));
        }
        if (speech.isTooLong(text)) {
            return Optional.of(plain(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "The text is too long to say: at most " + speech.maxWords() + " spoken words."));
        }
        return Optional.empty();
    }

    private static CacheControl cacheControl(SpeechService.Spoken spoken) {
        return spoken.personal() ? PERSONAL : CACHE;
    }

    private ResponseEntity<?> unavailable() {
        // Nothing to say (only symbols) or the voice failed: the screen carries on in silence.
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
