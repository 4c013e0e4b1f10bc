package org.dropinkiosk.speech;

import java.util.Collection;

/**
 * A feature's phrases that the kiosk will say (content sentences, questions, labels), so that
 * speech can make their audio in the background before a visitor asks for it.
 */
public interface PhraseSource {

    Collection<String> phrases();
}
