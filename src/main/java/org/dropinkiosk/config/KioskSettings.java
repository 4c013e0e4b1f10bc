package org.dropinkiosk.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The venue's settings, from {@code kiosk-config/kiosk.yml}; each can be overridden the Spring way
 * (command line {@code --kiosk.venue-name=...}, environment {@code KIOSK_VENUE_NAME=...}).
 */
@Validated
@ConfigurationProperties("kiosk")
public record KioskSettings(
        @NotBlank @Size(max = 60) @DefaultValue("Drop-in") String venueName,

        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+") @DefaultValue("main")
        String venueId,

        @NotNull @DefaultValue("en-GB") Locale language,
        @NotNull @DefaultValue("Europe/London") ZoneId timeZone,

        @NotNull @DurationMin(seconds = 20) @DurationMax(minutes = 30) @DefaultValue("60s")
        Duration idleTimeout,

        @Min(80) @Max(250) @DefaultValue("140") int speechRate,
        @Min(1) @Max(3650) @DefaultValue("365") int retentionDays,
        @DefaultValue("") String staffPinHash,
        @NotNull @DefaultValue("./kiosk-config") Path configDir,
        @NotNull @DefaultValue("./data") Path dataDir) {

    public boolean hasStaffPin() {
        return staffPinHash != null && !staffPinHash.isBlank();
    }
}
