package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.dropinkiosk.config.LiveSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/** When the voice breaks, the screen gets silence (no exception) and staff see DOWN with the reason. */
class SpeechFailureTest {

    /** An engine whose voice is broken, as FreeTTS is when its data cannot be loaded. */
    private static final class BrokenEngine implements SpeechEngine {
        boolean broken = true;
        private final FreeTtsEngine real = new FreeTtsEngine(1);

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String voice() {
            return "none";
        }

        @Override
        public Speech synthesise(String text, int wordsPerMinute) {
            if (broken) {
                throw new SpeechFailed("The FreeTTS voice could not be loaded", null);
            }
            return real.synthesise(text, wordsPerMinute);
        }
    }

    @Test
    void a_failing_voice_gives_no_sound_no_exception_and_health_down_until_it_works_again(@TempDir Path dir) {
        BrokenEngine engine = new BrokenEngine();
        SpeechService speech = new SpeechService(
                engine,
                new SpeechNormaliser(Lexicon.of(Map.of())),
                new SpeechCache(dir, 1_000_000, 8_000_000),
                LiveSettings.fixed(LexiconTest.settings(Path.of("kiosk-config"), dir)),
                SpeechCacheTest.speechSettings(8_000_000),
                Clock.systemUTC());
        SpeechHealthIndicator health = new SpeechHealthIndicator(speech);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        assertThat(speech.speak("Press Home to start again.", Pace.NORMAL)).isEmpty();
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().get("lastFailure").toString()).contains("could not be loaded");

        engine.broken = false;
        assertThat(speech.speak("Press Home to start again.", Pace.NORMAL)).isPresent();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
