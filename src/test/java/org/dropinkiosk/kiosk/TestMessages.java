package org.dropinkiosk.kiosk;

import java.util.Locale;
import org.dropinkiosk.config.TestConfigStore;

/** The kiosk's own words in British English, from every message file, for tests that run without Spring. */
public final class TestMessages {

    private TestMessages() {}

    public static Messages english() {
        return new Messages(TestConfigStore.words(), Locale.UK);
    }
}
