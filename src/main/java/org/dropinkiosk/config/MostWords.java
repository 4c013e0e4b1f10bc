package org.dropinkiosk.config;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text for visitors of at most {@code value} words (add {@code payload = Advice.class} where a longer one is still used). */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MostWords.Check.class)
public @interface MostWords {

    int value();

    String message() default "config.allowed.MostWords";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null and blank are left to the other rules. */
    class Check implements ConstraintValidator<MostWords, String> {

        private int most;

        @Override
        public void initialize(MostWords words) {
            most = words.value();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || text.isBlank() || text.strip().split("\\s+").length <= most;
        }
    }
}
