package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechCacheTest {

    private static final FreeTtsEngine engine = new FreeTtsEngine(1);

    private SpeechService service(SpeechCache cache) {
        return new SpeechService(engine, new SpeechNormaliser(Lexicon.of(Map.of())), cache,
                LexiconTest.settings(Path.of("kiosk-config"), Path.of("target")), Clock.systemUTC());
    }

    @Test
    void a_phrase_said_again_comes_from_the_cache_with_the_same_bytes_and_no_synthesis(@TempDir Path dir) {
        SpeechService speech = service(new SpeechCache(dir, 8_000_000));
        byte[] first = speech.speak("Press Home to start again.", Pace.NORMAL).orElseThrow().speech().wav();
        assertThat(speech.synthesised()).isEqualTo(1);
        byte[] again = speech.speak("Press Home to start again.", Pace.NORMAL).orElseThrow().speech().wav();
        assertThat(again).isEqualTo(first);
        assertThat(speech.synthesised()).isEqualTo(1);
        speech.speak("Press Home to start again.", Pace.SLOWER);
        assertThat(speech.synthesised()).as("another pace is another sound").isEqualTo(2);
    }

    @Test
    void after_a_restart_the_disk_cache_gives_the_same_sound_and_timings(@TempDir Path dir) {
        SpeechService before = service(new SpeechCache(dir, 8_000_000));
        Speech made = before.speak("Ask a person with a name badge.", Pace.NORMAL).orElseThrow().speech();
        SpeechService after = service(new SpeechCache(dir, 8_000_000));
        Speech read = after.speak("Ask a person with a name badge.", Pace.NORMAL).orElseThrow().speech();
        assertThat(after.synthesised()).isZero();
        assertThat(read.wav()).isEqualTo(made.wav());
        assertThat(read.words()).isEqualTo(made.words());
        assertThat(read.sentences()).isEqualTo(made.sentences());
        assertThat(read.millis()).isEqualTo(made.millis());
    }

    @Test
    void the_memory_cache_stays_within_its_bound(@TempDir Path dir) throws Exception {
        SpeechCache cache = new SpeechCache(dir, 200_000);
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
    void the_key_changes_with_engine_voice_rate_and_text() {
        String key = SpeechCache.key("freetts", "kevin16", 140, "Hello.");
        assertThat(key).hasSize(32).isEqualTo(SpeechCache.key("freetts", "kevin16", 140, "Hello."));
        assertThat(key).isNotEqualTo(SpeechCache.key("freetts", "kevin16", 105, "Hello."))
                .isNotEqualTo(SpeechCache.key("freetts", "alan", 140, "Hello."))
                .isNotEqualTo(SpeechCache.key("other", "kevin16", 140, "Hello."))
                .isNotEqualTo(SpeechCache.key("freetts", "kevin16", 140, "Hello!"));
    }
}
