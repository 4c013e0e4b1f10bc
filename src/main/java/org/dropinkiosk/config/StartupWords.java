package org.dropinkiosk.config;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/**
 * The words of a kiosk.yml mistake found at start-up, before the kiosk's own messages are there: messages/config in
 * the venue's language ({@code kiosk.language}, read as written so a wrong language still gets a sentence).
 */
final class StartupWords {

    private final ResourceBundleMessageSource words = new ResourceBundleMessageSource();
    private final Locale locale;

    StartupWords(Environment environment) {
        words.setBasename("messages/config");
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
        String language = environment == null ? null : environment.getProperty("kiosk.language");
        this.locale = Locale.forLanguageTag(language == null ? "en-GB" : language.strip());
    }

    String get(String key, Object... args) {
        return words.getMessage(key, args, key, locale);
    }

    /** What the setting allows, in the venue's language. */
    Optional<String> allowed(String setting) {
        return SettingsAllowed.of(setting, words, locale);
    }
}
