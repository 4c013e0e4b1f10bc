package org.dropinkiosk.visits;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visitor's choices about how the kiosk works for them, each {@link Preference} in its text form
 * ("true", "false", ...). A preference not chosen is left out and the column keeps its default.
 */
public record Preferences(Map<Preference, String> values) {

    public static final Preferences NONE = new Preferences(Map.of());

    public Preferences {
        EnumMap<Preference, String> copy = new EnumMap<>(Preference.class);
        values.forEach((p, v) -> {
            if (p.allows(v)) {
                copy.put(p, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** Slower speech and reading every screen, the two the first version kept. */
    public static Preferences of(boolean slowerSpeech, boolean readAloud) {
        return NONE.with(Preference.SLOWER_SPEECH, slowerSpeech).with(Preference.READ_ALOUD, readAloud);
    }

    public Preferences with(Preference preference, String value) {
        EnumMap<Preference, String> copy = new EnumMap<>(Preference.class);
        copy.putAll(values);
        copy.put(preference, value);
        return new Preferences(copy);
    }

    public Preferences with(Preference preference, boolean on) {
        return with(preference, String.valueOf(on));
    }

    public boolean on(Preference preference) {
        return "true".equals(values.get(preference));
    }

    /** The choices as the browser scripts know them, e.g. {@code {"slower":"true"}}. */
    public Map<String, String> forBrowser() {
        Map<String, String> named = new LinkedHashMap<>();
        values.forEach((p, v) -> named.put(p.browserName(), v));
        return named;
    }
}
