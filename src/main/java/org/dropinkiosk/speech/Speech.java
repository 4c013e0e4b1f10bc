package org.dropinkiosk.speech;

import java.util.List;

/**
 * Spoken audio as a WAV file in memory, with when each word and each sentence starts and ends.
 *
 * @param wav       a complete WAV file (16 kHz, 16-bit, mono for kevin16)
 * @param millis    length of the audio
 * @param words     every spoken word with its start and end
 * @param sentences every sentence (FreeTTS utterance) with its start and end
 */
public record Speech(byte[] wav, int millis, List<Timing> words, List<Timing> sentences) {

    /** A word or sentence and when it is heard, in milliseconds from the start. */
    public record Timing(String text, int start, int end) {}

    public int size() {
        return wav.length;
    }
}
