package org.dropinkiosk.kiosk;

import java.util.Locale;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/** Every word the kiosk shows or says comes from here, so the screen and the voice use the same words. */
@Component
public class Messages {

    private final MessageSource source;
    private final Locale locale;

    @Autowired
    public Messages(MessageSource source, KioskSettings settings) {
        this(source, settings.language());
    }

    /** The words of {@code source} in {@code locale}, for a tool that runs without the kiosk (and for tests). */
    public Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
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
