package org.dropinkiosk.speech;

/**
 * A person's phrases are no longer needed (signed out, erased, or retention ran): speech drops all it
 * knows of them. An empty owner means everyone.
 */
public record PersonalSpeechForgotten(String owner) {

    public static final PersonalSpeechForgotten EVERYONE = new PersonalSpeechForgotten("");

    public static PersonalSpeechForgotten visitor(long visitorId) {
        return new PersonalSpeechForgotten("visitor-" + visitorId);
    }

    boolean everyone() {
        return owner.isEmpty();
    }
}
