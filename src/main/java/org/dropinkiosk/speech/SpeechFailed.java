package org.dropinkiosk.speech;

/** Speech could not be made; the screen carries on without it. */
public class SpeechFailed extends RuntimeException {

    public SpeechFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
