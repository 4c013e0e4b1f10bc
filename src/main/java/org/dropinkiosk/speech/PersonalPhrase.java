package org.dropinkiosk.speech;

import java.util.Objects;

/**
 * Words that hold a person (a greeting with a visitor's name, a picture card with their name). Speech
 * makes them when asked but never keeps them: not on disk, not in the cache, not in the browser's cache.
 *
 * @param owner who they belong to, such as {@code visitor-12}; {@link PersonalSpeechForgotten} names it
 * @param text  the words as the screen shows and says them
 */
public record PersonalPhrase(String owner, String text) {

    public PersonalPhrase {
        Objects.requireNonNull(owner);
        Objects.requireNonNull(text);
    }

    /** Owner of what a visitor is typing before they are a visitor; forgotten with everyone's. */
    public static final String TYPING = "typing";

    /** A name being typed, as the screen shows it. */
    public static PersonalPhrase typed(String text) {
        return new PersonalPhrase(TYPING, text);
    }

    /** A phrase that holds visitor {@code visitorId}. */
    public static PersonalPhrase ofVisitor(long visitorId, String text) {
        return new PersonalPhrase("visitor-" + visitorId, text);
    }
}
