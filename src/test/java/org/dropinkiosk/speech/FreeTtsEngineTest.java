package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The real FreeTTS voice: no stand-in. */
class FreeTtsEngineTest {

    private static final FreeTtsEngine engine = new FreeTtsEngine(2);

    static short[] samples(byte[] wav) {
        ByteBuffer b = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[(wav.length - 44) / 2];
        for (int i = 0; i < s.length; i++) {
            s[i] = b.getShort();
        }
        return s;
    }

    static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / Math.max(1, s.length));
    }

    @Test
    void speech_is_a_16_kHz_mono_wav_that_is_not_silent() {
        Speech speech = engine.synthesise("Press Listen to hear the screen.", 140);
        byte[] wav = speech.wav();
        assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getShort(22)).as("channels").isEqualTo((short) 1);
        assertThat(header.getInt(24)).as("sample rate").isEqualTo(16000);
        assertThat(header.getShort(34)).as("bits").isEqualTo((short) 16);
        assertThat(rms(samples(wav))).as("loudness (RMS)").isGreaterThan(300);
        assertThat(speech.millis()).isBetween(1000, 5000);
    }

    @Test
    void longer_text_gives_longer_audio_and_every_word_has_a_time() {
        Speech one = engine.synthesise("Hello.", 140);
        Speech three = engine.synthesise("Hello. Ask a person with a name badge. They are happy to help.", 140);
        assertThat(three.millis()).isGreaterThan(one.millis() * 2);
        assertThat(three.words())
                .extracting(Speech.Timing::text)
                .containsExactly(
                        "hello", "ask", "a", "person", "with", "a", "name", "badge", "they", "are", "happy", "to",
                        "help");
        assertThat(three.sentences()).hasSize(3);
        List<Speech.Timing> words = three.words();
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).start())
                    .isGreaterThanOrEqualTo(words.get(i - 1).start());
            assertThat(words.get(i).end()).isGreaterThan(words.get(i).start());
        }
        assertThat(words.getLast().end()).isLessThanOrEqualTo(three.millis());
        assertThat(three.sentences().get(2).start())
                .isGreaterThan(three.sentences().get(1).end() - 1);
    }

    @Test
    void slower_rate_gives_longer_audio() {
        String text = "The coffee morning is on Thursday.";
        assertThat(engine.synthesise(text, 100).millis())
                .isGreaterThan(engine.synthesise(text, 140).millis() * 12 / 10);
    }

    @Test
    void eight_threads_at_once_give_the_same_bytes_as_one_thread() throws Exception {
        List<String> texts = List.of(
                "Ask a person with a name badge.",
                "Press Home to start again.",
                "The coffee morning is on Thursday the twenty second of December.",
                "Good co-production is when groups are paid.");
        List<byte[]> alone =
                texts.stream().map(t -> engine.synthesise(t, 140).wav()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String t : texts) {
                    results.add(pool.submit(() -> engine.synthesise(t, 140).wav()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get())
                        .as("phrase " + i % texts.size())
                        .isEqualTo(alone.get(i % texts.size()));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void word_times_rise_through_every_sentence_every_time() {
        // FreeTTS outputs one sentence while processing the next: the times must not depend on that race.
        Speech first = engine.synthesise("Hello. Ask a person with a name badge. They are happy to help.", 140);
        for (int i = 0; i < 30; i++) {
            Speech again = engine.synthesise("Hello. Ask a person with a name badge. They are happy to help.", 140);
            assertThat(again.words()).isEqualTo(first.words());
            assertThat(again.sentences()).isEqualTo(first.sentences());
        }
        for (int i = 1; i < first.words().size(); i++) {
            assertThat(first.words().get(i).start())
                    .isGreaterThanOrEqualTo(first.words().get(i - 1).end() - 1);
        }
    }

    @AfterAll
    static void done() {}
}
