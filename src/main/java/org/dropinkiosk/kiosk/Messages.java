package org.dropinkiosk.kiosk;

import java.util.Locale;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Every word the kiosk shows or says comes from here, so the screen and the voice use the same words. */
@Component
public class Messages {

    private final MessageSource source;
    private final Locale locale;

    public Messages(MessageSource source, KioskSettings settings) {
        this.source = source;
        this.locale = settings.language();
    }

    public String get(String key, Object... args) {
        try {
            return source.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            // A missing word must never break a visitor's screen; the I18n test catches it before release.
            return key;
        }
    }

    public Locale locale() {
        return locale;
    }
}
