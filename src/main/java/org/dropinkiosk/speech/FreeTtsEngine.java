package org.dropinkiosk.speech;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * FreeTTS with the kevin16 voice. A FreeTTS Voice is not thread-safe, so each request borrows one
 * from a small pool; each voice has its own player that collects the samples in memory.
 */
@Component
public class FreeTtsEngine implements SpeechEngine {

    static final String VOICE = "kevin16";
    private static final int SAMPLE_RATE = 16000;

    private final int poolSize;
    private final BlockingQueue<PooledVoice> idle;
    private final AtomicInteger created = new AtomicInteger();

    @Autowired
    public FreeTtsEngine(SpeechSettings settings) {
        this(settings.voices());
    }

    public FreeTtsEngine(int poolSize) {
        this.poolSize = Math.max(1, poolSize);
        this.idle = new ArrayBlockingQueue<>(this.poolSize);
    }

    @Override
    public String name() {
        return "freetts-1.2.2";
    }

    @Override
    public String voice() {
        return VOICE;
    }

    @Override
    public Speech synthesise(String text, int wordsPerMinute) {
        PooledVoice voice = borrow();
        try {
            return voice.speak(text, wordsPerMinute);
        } catch (RuntimeException e) {
            voice = null; // a voice that failed may be broken: make a new one next time
            created.decrementAndGet();
            throw new SpeechFailed("FreeTTS could not speak: " + e, e);
        } finally {
            if (voice != null) {
                idle.offer(voice);
            }
        }
    }

    /** Allocates every voice of the pool now, so that no visitor waits for one. */
    @Override
    public void prepare() {
        List<PooledVoice> ready = new ArrayList<>();
        try {
            while (created.get() < poolSize) {
                ready.add(borrow());
            }
        } finally {
            ready.forEach(idle::offer);
        }
    }

    private PooledVoice borrow() {
        PooledVoice voice = idle.poll();
        if (voice != null) {
            return voice;
        }
        if (created.incrementAndGet() <= poolSize) {
            try {
                return new PooledVoice();
            } catch (RuntimeException e) {
                created.decrementAndGet();
                throw new SpeechFailed("The FreeTTS voice could not be loaded: " + e, e);
            }
        }
        created.decrementAndGet();
        try {
            voice = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (voice == null) {
            throw new SpeechFailed("No FreeTTS voice became free in 30 seconds", null);
        }
        return voice;
    }

    /** One voice with its own collecting player and word timer; used by one thread at a time. */
    private static final class PooledVoice {

        private final Voice voice;
        private final CollectingAudioPlayer player = new CollectingAudioPlayer();
        /** Word timings of each utterance, from its own start; placed in the audio after speaking. */
        private final List<List<Speech.Timing>> utterances = new ArrayList<>();

        PooledVoice() {
            Voice kevin = null;
            for (Voice v : new KevinVoiceDirectory().getVoices()) {
                if (VOICE.equals(v.getName())) {
                    kevin = v;
                }
            }
            if (kevin == null) {
                throw new IllegalStateException("kevin16 is not in the FreeTTS jar");
            }
            voice = kevin;
            voice.setAudioPlayer(player);
            voice.allocate();
            // Runs after the utterance is fully processed: its segments carry their end times.
            voice.getUtteranceProcessors().add((UtteranceProcessor) this::time);
        }

        Speech speak(String text, int wordsPerMinute) {
            player.clear();
            utterances.clear();
            voice.setRate(wordsPerMinute);
            if (!voice.speak(text)) {
                throw new IllegalStateException("FreeTTS did not finish speaking");
            }
            byte[] samples = player.samples();
            int millis = (int) (samples.length / 2L * 1000 / SAMPLE_RATE);
            AudioFormat format = player.getAudioFormat();
            // FreeTTS may process the next utterance while the last is still being output: place each
            // utterance's words from where its audio began, not from when it was processed.
            List<Integer> starts = player.starts();
            List<Speech.Timing> words = new ArrayList<>();
            List<Speech.Timing> sentences = new ArrayList<>();
            int previousEnd = 0;
            for (int u = 0; u < utterances.size(); u++) {
                List<Speech.Timing> own = utterances.get(u);
                int offset = u < starts.size() && starts.size() == utterances.size()
                        ? (int) (starts.get(u) / 2L * 1000 / SAMPLE_RATE)
                        : previousEnd;
                for (Speech.Timing w : own) {
                    words.add(new Speech.Timing(w.text(), offset + w.start(), offset + w.end()));
                }
                if (!own.isEmpty()) {
                    sentences.add(new Speech.Timing(
                            "",
                            offset + own.getFirst().start(),
                            offset + own.getLast().end()));
                    previousEnd = offset + own.getLast().end();
                }
            }
            return new Speech(wav(samples, format), millis, List.copyOf(words), List.copyOf(sentences));
        }

        private void time(Utterance utterance) {
            List<Speech.Timing> own = new ArrayList<>();
            Relation wordRelation = utterance.getRelation(Relation.WORD);
            for (Item word = wordRelation == null ? null : wordRelation.getHead();
                    word != null;
                    word = word.getNext()) {
                Item structure = word.getItemAs(Relation.SYLLABLE_STRUCTURE);
                if (structure == null
                        || structure.getLastDaughter() == null
                        || structure.getDaughter().getDaughter() == null) {
                    continue;
                }
                Item firstSegment = structure.getDaughter().getDaughter().getItemAs(Relation.SEGMENT);
                Item lastSegment = structure.getLastDaughter().getLastDaughter();
                Item before = firstSegment == null ? null : firstSegment.getPrevious();
                own.add(new Speech.Timing(word.toString(), before == null ? 0 : millis(before), millis(lastSegment)));
            }
            utterances.add(own);
        }

        private static int millis(Item segment) {
            return Math.round(segment.getFeatures().getFloat("end") * 1000);
        }

        private static byte[] wav(byte[] samples, AudioFormat format) {
            boolean bigEndian = format == null || format.isBigEndian();
            int rate = format == null ? SAMPLE_RATE : (int) format.getSampleRate();
            ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length + 44);
            ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
            header.put("RIFF".getBytes())
                    .putInt(36 + samples.length)
                    .put("WAVE".getBytes())
                    .put("fmt ".getBytes())
                    .putInt(16)
                    .putShort((short) 1)
                    .putShort((short) 1)
                    .putInt(rate)
                    .putInt(rate * 2)
                    .putShort((short) 2)
                    .putShort((short) 16)
                    .put("data".getBytes())
                    .putInt(samples.length);
            out.writeBytes(header.array());
            if (bigEndian) {
                byte[] little = new byte[samples.length];
                for (int i = 0; i + 1 < samples.length; i += 2) {
                    little[i] = samples[i + 1];
                    little[i + 1] = samples[i];
                }
                out.writeBytes(little);
            } else {
                out.writeBytes(samples);
            }
            return out.toByteArray();
        }
    }
}
