package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

/** The audit retention is a validated setting: 30 to 3650 days. */
class StaffSettingsTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void the_audit_retention_must_be_30_to_3650_days() {
        assertThat(validator.validate(new StaffSettings("", 400))).isEmpty();
        assertThat(validator.validate(new StaffSettings("", 29))).hasSize(1);
        assertThat(validator.validate(new StaffSettings("", 3651))).hasSize(1);
    }
}
