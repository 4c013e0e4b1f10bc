package org.dropinkiosk.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;

/** An AudioPlayer that plays nothing and keeps the samples, so a server needs no sound card. */
final class CollectingAudioPlayer implements AudioPlayer {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
    private float volume = 1f;

    private final List<Integer> starts = new ArrayList<>();

    void clear() {
        bytes.reset();
        starts.clear();
    }

    /** Where each utterance's audio starts, in bytes (FreeTTS calls begin() once per utterance). */
    List<Integer> starts() {
        return List.copyOf(starts);
    }

    int size() {
        return bytes.size();
    }

    byte[] samples() {
        return bytes.toByteArray();
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public void pause() {}

    @Override
    public void resume() {}

    @Override
    public void reset() {}

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {
        starts.add(bytes.size());
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {}

    @Override
    public void close() {}

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float volume) {
        this.volume = volume;
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {}

    @Override
    public void startFirstSampleTimer() {}

    @Override
    public void showMetrics() {}

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
        bytes.write(audio, offset, length);
        return true;
    }
}
