package org.dropinkiosk.staff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The staff area's own lines in kiosk.yml, kept apart from {@code KioskSettings} so that its
 * constructor (used by many tests) does not change.
 *
 * @param staffRecoveryHash  bcrypt hash of the recovery code that {@code SetPin} prints once; opens
 *                           the staff area even while wrong PINs have locked the PIN pad
 * @param auditRetentionDays audit lines older than this are deleted by the nightly retention run
 */
@Validated
@ConfigurationProperties("kiosk")
public record StaffSettings(
        @DefaultValue("") String staffRecoveryHash,
        @Min(30) @Max(3650) @DefaultValue("400") int auditRetentionDays) {}
