package org.dropinkiosk.speech;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.util.unit.DataSize;

/** A size setting between {@code min} and {@code max}, written the Spring way ("1MB", "100GB"). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DataSizeRange.Check.class)
@interface DataSizeRange {

    String min();

    String max();

    String message() default "must be between {min} and {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to @NotNull. */
    class Check implements ConstraintValidator<DataSizeRange, DataSize> {

        private DataSize min;
        private DataSize max;

        @Override
        public void initialize(DataSizeRange range) {
            min = DataSize.parse(range.min());
            max = DataSize.parse(range.max());
        }

        @Override
        public boolean isValid(DataSize value, ConstraintValidatorContext context) {
            return value == null || value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }
    }
}
