package org.dropinkiosk.backups;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the nightly backup is made: {@code kiosk.backup-time} in kiosk.yml.
 *
 * @param backupTime the time of day, on the venue's clock, when the kiosk is least likely to be in use
 */
@Validated
@ConfigurationProperties("kiosk")
public record BackupSettings(@NotNull @DefaultValue("02:30") LocalTime backupTime) {}
