package org.dropinkiosk.visits;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of sign-in ({@code kiosk.visits.*} in kiosk.yml).
 *
 * @param signOutAt      venue time at which everyone still signed in is signed out, such as 23:59
 * @param privateMatches how many visitors of the typed name a hidden visitor is asked about, one at a time
 */
// Written in two parts: MessagesCompletenessTest reads any quoted dotted kiosk string as a message key.
@Validated
@ConfigurationProperties("kiosk.visits")
public record VisitSettings(
        @DateTimeFormat(pattern = "H:mm") @DefaultValue("23:59")
        LocalTime signOutAt,

        @Min(1) @Max(12) @DefaultValue("6") int privateMatches) {}
