package org.dropinkiosk.config;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The message key and arguments that say in words what a Bean Validation annotation allows, so a range is
 * written once, on the record, and every sentence about it is made from there. A constraint whose
 * {@code message} is a message key (such as {@code config.allowed.id}) uses it; any other uses {@code config.allowed.<Annotation>}.
 * Arguments: {@code min} and {@code max} (or {@code value}) in that order; a duration as 20s or 30m.
 */
final class ConstraintWords {

    private static final List<String> ORDER = List.of("min", "max", "value");

    record Words(String key, Object[] args) {}

    private ConstraintWords() {}

    static Words of(Annotation constraint) {
        Class<? extends Annotation> type = constraint.annotationType();
        String message = String.valueOf(attribute(constraint, "message"));
        String key = message.matches("[a-z0-9.-]+") ? message : "config.allowed." + type.getSimpleName();
        List<Object> args = new ArrayList<>();
        Duration duration = duration(constraint);
        if (duration != null) {
            args.add(words(duration));
        }
        for (String name : ORDER) {
            Object value = attribute(constraint, name);
            if (value != null) {
                args.add(String.valueOf(value)); // as written on the record: 2000, not 2,000
            }
        }
        return new Words(key, args.toArray());
    }

    /** Hibernate's @DurationMin/@DurationMax state their bound in days, hours, minutes, seconds. */
    private static Duration duration(Annotation constraint) {
        if (attribute(constraint, "seconds") == null) {
            return null;
        }
        return Duration.ofDays(number(constraint, "days"))
                .plusHours(number(constraint, "hours"))
                .plusMinutes(number(constraint, "minutes"))
                .plusSeconds(number(constraint, "seconds"))
                .plusMillis(number(constraint, "millis"));
    }

    static String words(Duration d) {
        if (d.toSeconds() % 3600 == 0 && d.toHours() > 0) {
            return d.toHours() + "h";
        }
        if (d.toSeconds() % 60 == 0 && d.toMinutes() > 0) {
            return d.toMinutes() + "m";
        }
        return d.toSeconds() + "s";
    }

    private static long number(Annotation constraint, String name) {
        return attribute(constraint, name) instanceof Number n ? n.longValue() : 0;
    }

    private static Object attribute(Annotation constraint, String name) {
        try {
            Method m = constraint.annotationType().getMethod(name);
            m.setAccessible(true); // a feature's own constraint may be package-private
            return m.invoke(constraint);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + constraint, e);
        }
    }
}
