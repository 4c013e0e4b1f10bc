package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.dropinkiosk.config.LiveSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class SpeechCacheTest {

    private static final FreeTtsEngine engine = new FreeTtsEngine(1);
    private static final List<String> WORDS = List.of(
            "tea", "garden", "music", "bus", "coffee", "friends", "walk", "paint", "quiz", "cake", "swim", "cards",
            "film", "bake", "dance", "sing", "games", "trip", "park", "book");

    static SpeechSettings speechSettings(long cacheBytes) {
        return new SpeechSettings(DataSize.ofBytes(cacheBytes), 32, 600, 200, 180, 240, true, true, 1);
    }

    private SpeechService service(SpeechCache cache) {
        return new SpeechService(
                engine,
                new SpeechNormaliser(Lexicon.of(Map.of())),
                cache,
                LiveSettings.fixed(LexiconTest.settings(Path.of("kiosk-config"), Path.of("target"))),
                speechSettings(200_000_000),
                Clock.systemUTC());
    }

    static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void a_phrase_said_again_comes_from_the_cache_with_the_same_bytes_and_no_synthesis(@TempDir Path dir) {
        SpeechService speech = service(new SpeechCache(dir, 8_000_000, 8_000_000));
        byte[] first = speech.speak("Press Home to start again.", Pace.NORMAL)
                .orElseThrow()
                .speech()
                .wav();
        assertThat(speech.synthesised()).isEqualTo(1);
        byte[] again = speech.speak("Press Home to start again.", Pace.NORMAL)
                .orElseThrow()
                .speech()
                .wav();
        assertThat(again).isEqualTo(first);
        assertThat(speech.synthesised()).isEqualTo(1);
        speech.speak("Press Home to start again.", Pace.SLOWER);
        assertThat(speech.synthesised()).as("another pace is another sound").isEqualTo(2);
    }

    @Test
    void after_a_restart_the_disk_cache_gives_the_same_sound_and_timings(@TempDir Path dir) {
        SpeechService before = service(new SpeechCache(dir, 8_000_000, 8_000_000));
        Speech made = before.speak("Ask a person with a name badge at 11:00 am.", Pace.NORMAL)
                .orElseThrow()
                .speech();
        SpeechService after = service(new SpeechCache(dir, 8_000_000, 8_000_000));
        Speech read = after.speak("Ask a person with a name badge at 11:00 am.", Pace.NORMAL)
                .orElseThrow()
                .speech();
        assertThat(after.synthesised()).isZero();
        assertThat(read.wav()).isEqualTo(made.wav());
        assertThat(read.words()).as("the words' text comes from the request").isEqualTo(made.words());
        assertThat(read.sentences()).isEqualTo(made.sentences());
        assertThat(read.millis()).isEqualTo(made.millis());
    }

    @Test
    void the_memory_cache_stays_within_its_bound(@TempDir Path dir) throws Exception {
        SpeechCache cache = new SpeechCache(dir, 200_000, 8_000_000);
        SpeechService speech = service(cache);
        for (int i = 1; i <= 6; i++) {
            speech.speak("This is sentence number " + i + " of six, and it is long enough.", Pace.NORMAL);
        }
        assertThat(cache.memoryEntries()).isLessThan(6).isGreaterThan(0);
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".wav")).count()).isEqualTo(6);
        }
    }

    @Test
    void the_disk_stays_under_the_limit_while_500_long_distinct_texts_are_requested(@TempDir Path dir)
            throws Exception {
        long limit = 2L * 1024 * 1024;
        SpeechCache cache = new SpeechCache(dir, 1_000_000, limit);
        SpeechService speech = service(cache);
        Random random = new Random(500);
        for (int batch = 0; batch < 10; batch++) {
            for (int i = 0; i < 50; i++) {
                StringBuilder text =
                        new StringBuilder("Number ").append(batch * 50 + i).append(':');
                for (int w = 0; w < 30; w++) {
                    text.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
                }
                assertThat(speech.speak(text + ".", Pace.NORMAL)).isPresent();
            }
            assertThat(folderBytes(dir))
                    .as("after batch %d", batch + 1)
                    .isLessThanOrEqualTo(limit)
                    .isEqualTo(cache.diskBytes());
        }
        assertThat(speech.synthesised()).isEqualTo(500);
        assertThat(files(dir)).as("the newest phrases are still there").hasSizeGreaterThan(4);
    }

    @Test
    void the_least_recently_used_phrase_goes_first_and_the_order_survives_a_restart(
            @TempDir Path dir, @TempDir Path probe) throws Exception {
        String first = "The first sentence is about the garden and the flowers.";
        String second = "The second sentence is about the bread and the cheese.";
        String third = "The third sentence is about the music and the dancing.";
        SpeechCache measure = new SpeechCache(probe, 1, 8_000_000);
        service(measure).speak(first, Pace.NORMAL);
        long oneAndAHalf = measure.diskBytes() * 5 / 2; // room for two of these phrases, not three

        SpeechService speech = service(new SpeechCache(dir, 1, oneAndAHalf));
        speech.speak(first, Pace.NORMAL);
        speech.speak(second, Pace.NORMAL);
        speech = service(new SpeechCache(dir, 1, oneAndAHalf)); // a restart: the order comes from the files
        speech.speak(first, Pace.NORMAL); // used again: now the newest
        assertThat(speech.synthesised()).isZero();
        speech.speak(third, Pace.NORMAL);
        assertThat(files(dir)).hasSize(4);
        speech.speak(first, Pace.NORMAL);
        assertThat(speech.synthesised()).as("the phrase used again was kept").isEqualTo(1);
        speech.speak(second, Pace.NORMAL);
        assertThat(speech.synthesised())
                .as("the phrase not used again went first")
                .isEqualTo(2);
    }

    @Test
    void a_request_is_limited_by_its_spoken_words_not_its_characters(@TempDir Path dir) throws Exception {
        SpeechService speech = service(new SpeechCache(dir, 8_000_000, 8_000_000));
        String digits = "7".repeat(300);
        assertThat(speech.isTooLong(digits))
                .as("300 digits are said as 300 words")
                .isTrue();
        assertThat(speech.speak(digits, Pace.NORMAL)).isEmpty();
        String news = "The coffee morning is on Thursday 22nd December at 11:00 am, and tea is £1.50. ".repeat(7);
        assertThat(news.length()).isLessThan(600);
        assertThat(speech.isTooLong(news)).as("a long sentence of news is fine").isFalse();
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void timings_files_hold_numbers_only(@TempDir Path dir) throws Exception {
        SpeechService speech = service(new SpeechCache(dir, 8_000_000, 8_000_000));
        speech.speak("Please ask Gertrude about the knitting circle.", Pace.NORMAL);
        for (Path file : files(dir)) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            assertThat(bytes).as(file.toString()).doesNotContain("gertrude").doesNotContain("knitting");
        }
        Path timings = files(dir).stream()
                .filter(f -> f.toString().endsWith(".timings"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.readString(timings)).matches("v2\n(?:[mws](?:\t\\d+)+\n)+");
    }

    @Test
    void old_timings_files_with_words_are_deleted_with_their_sound(@TempDir Path dir) throws Exception {
        Path old = Files.createDirectories(dir.resolve("ab"));
        Files.writeString(old.resolve("ab0123.timings"), "m\t900\nw\t0\t400\thello\nw\t400\t900\tquinn\n");
        Files.write(old.resolve("ab0123.wav"), new byte[] {1, 2, 3});
        SpeechCache cache = new SpeechCache(dir, 8_000_000, 8_000_000);
        assertThat(cache.diskBytes()).isZero();
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void a_personal_phrase_is_made_but_never_kept_and_its_mark_goes_with_its_owner(@TempDir Path dir) throws Exception {
        SpeechCache cache = new SpeechCache(dir, 8_000_000, 8_000_000);
        SpeechService speech = service(cache);
        speech.speak("Hello Quinn.", Pace.NORMAL); // asked for before anyone said it was personal
        assertThat(files(dir)).hasSize(2);
        speech.markPersonal(PersonalPhrase.ofVisitor(7, "Hello Quinn. You are signed in."));
        assertThat(files(dir)).as("marking removes what was kept before").isEmpty();
        SpeechService.Spoken hello =
                speech.speak("Hello Quinn. You are signed in.", Pace.NORMAL).orElseThrow();
        assertThat(hello.personal()).isTrue();
        assertThat(speech.speak("Hello Quinn.", Pace.SLOWER).orElseThrow().personal())
                .as("Listen reads it sentence by sentence")
                .isTrue();
        assertThat(speech.speak("Hello   Quinn.  You are signed in.", Pace.NORMAL)
                        .orElseThrow()
                        .personal())
                .isTrue();
        assertThat(files(dir)).isEmpty();
        assertThat(cache.memoryEntries()).isZero();
        assertThat(speech.speak("You are signed in.", Pace.NORMAL).orElseThrow().personal())
                .as("a sentence with no name")
                .isTrue();
        speech.forget(PersonalSpeechForgotten.visitor(8));
        assertThat(speech.personalMarks()).isPositive();
        speech.forget(PersonalSpeechForgotten.visitor(7));
        assertThat(speech.personalMarks()).isZero();
    }

    @Test
    void the_key_changes_with_engine_voice_rate_and_text() {
        String key = SpeechCache.key("freetts", "kevin16", 140, "Hello.");
        assertThat(key).hasSize(32).isEqualTo(SpeechCache.key("freetts", "kevin16", 140, "Hello."));
        assertThat(key)
                .isNotEqualTo(SpeechCache.key("freetts", "kevin16", 105, "Hello."))
                .isNotEqualTo(SpeechCache.key("freetts", "kevin16", 140, "Hello!"))
                .isNotEqualTo(SpeechCache.key("freetts", "alan", 140, "Hello."))
                .isNotEqualTo(SpeechCache.key("other", "kevin16", 140, "Hello."));
    }
}
