package org.dropinkiosk.speech;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cache keys of phrases that hold a person, in memory only, so that the same words asked for by
 * any route (said, read by Listen, tapped) are never kept. Bounded: the oldest marks go first.
 */
final class PersonalPhrases {

    private final int maxKeys;
    private final LinkedHashMap<String, String> ownerByKey = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > maxKeys;
        }
    };

    PersonalPhrases(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    synchronized void mark(String key, String owner) {
        ownerByKey.remove(key); // a new mark is the newest
        ownerByKey.put(key, owner);
    }

    synchronized boolean isPersonal(String key) {
        return ownerByKey.containsKey(key);
    }

    synchronized void forget(PersonalSpeechForgotten forgotten) {
        if (forgotten.everyone()) {
            ownerByKey.clear();
        } else {
            ownerByKey.values().removeIf(forgotten.owner()::equals);
        }
    }

    synchronized int size() {
        return ownerByKey.size();
    }
}
