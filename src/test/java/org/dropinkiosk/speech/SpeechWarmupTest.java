package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dropinkiosk.config.LiveSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

/** The warm-up keeps within the same limits as a request: a 500 KB news page cannot fill the disk. */
class SpeechWarmupTest {

    private static final List<String> WORDS = List.of(
            "tea", "garden", "music", "bus", "coffee", "friends", "walk", "paint", "quiz", "cake", "swim", "cards",
            "film", "bake", "dance", "sing", "games", "trip", "park", "book");

    @Test
    void a_500_kb_page_is_warmed_only_up_to_half_the_disk_cache_and_over_long_phrases_are_skipped(@TempDir Path dir)
            throws Exception {
        long limit = 4L * 1024 * 1024;
        SpeechSettings settings = new SpeechSettings(DataSize.ofBytes(limit), 1, 600, 200, 180, 240, true, true, 1);
        SpeechCache cache = new SpeechCache(dir, 1_000_000, limit);
        SpeechService speech = new SpeechService(
                new FreeTtsEngine(1),
                new SpeechNormaliser(Lexicon.of(Map.of())),
                cache,
                LiveSettings.fixed(LexiconTest.settings(Path.of("kiosk-config"), dir)),
                settings,
                Clock.systemUTC());
        List<String> page = new ArrayList<>();
        page.add("7".repeat(590)); // one phrase spoken as 590 words: skipped, as a request for it is refused
        Random random = new Random(500);
        int characters = 0;
        while (characters < 500_000) {
            StringBuilder sentence =
                    new StringBuilder("Item ").append(page.size()).append(':');
            for (int w = 0; w < 12; w++) {
                sentence.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
            }
            page.add(sentence.append('.').toString());
            characters += sentence.length();
        }
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("news", (PhraseSource) () -> page);
        SpeechWarmup warmup = new SpeechWarmup(speech, beans.getBeanProvider(PhraseSource.class), settings);

        warmup.warm("a 500 KB page", false).get(5, TimeUnit.MINUTES);

        assertThat(speech.synthesisedBytes()).as("new audio made").isLessThan(limit / 2 + 400_000);
        assertThat(SpeechCacheTest.folderBytes(dir)).isLessThanOrEqualTo(limit);
        assertThat(speech.synthesised())
                .as("phrases made")
                .isLessThan(page.size() / 10)
                .isPositive();
    }
}
