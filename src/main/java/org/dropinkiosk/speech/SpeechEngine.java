package org.dropinkiosk.speech;

/** Turns normalised text into spoken audio. FreeTTS today; another engine can be added behind this. */
public interface SpeechEngine {

    /** A short name of the engine, part of the cache key. */
    String name();

    /** The voice used, part of the cache key. */
    String voice();

    /** Loads what the engine needs ahead of the first phrase (called in the background after start-up). */
    default void prepare() {}

    /**
     * Speaks {@code text} (already normalised) at {@code wordsPerMinute}.
     *
     * @throws SpeechFailed when no audio could be made
     */
    Speech synthesise(String text, int wordsPerMinute);
}
