package org.dropinkiosk.config;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * What a {@code kiosk.*} setting allows, in words, made from the Bean Validation annotations of the settings record
 * that holds it, so each range is written only once. A setting may have its own sentence ({@code config.setting.<name>}
 * in messages/config.properties) with the range filled in from the annotations.
 */
final class SettingsAllowed {

    private static final ResourceBundleMessageSource WORDS = new ResourceBundleMessageSource();

    static {
        WORDS.setBasename("messages/config");
        WORDS.setDefaultEncoding("UTF-8");
        WORDS.setFallbackToSystemLocale(false);
    }

    private SettingsAllowed() {}

    /** The words for the setting called {@code name} in full, such as {@code kiosk.speech.max-words}, if it is known. */
    static Optional<String> of(String name) {
        return of(name, WORDS, Locale.ROOT);
    }

    /** The same words in {@code locale} from {@code words} (the kiosk's messages, once it runs). */
    static Optional<String> of(String name, MessageSource words, Locale locale) {
        for (Class<?> settings : settingsRecords()) {
            String prefix =
                    settings.getAnnotation(ConfigurationProperties.class).value();
            prefix = prefix.isEmpty()
                    ? settings.getAnnotation(ConfigurationProperties.class).prefix()
                    : prefix;
            if (!name.startsWith(prefix + ".")) {
                continue;
            }
            String field = name.substring(prefix.length() + 1);
            Optional<RecordComponent> part = Arrays.stream(settings.getRecordComponents())
                    .filter(c -> RecordTree.kebab(c.getName()).equals(field))
                    .findFirst();
            if (part.isPresent()) {
                return Optional.of(words(name.substring("kiosk.".length()), settings, part.get(), words, locale));
            }
        }
        return Optional.empty();
    }

    private static String words(
            String name, Class<?> settings, RecordComponent part, MessageSource words, Locale locale) {
        List<Annotation> rules = Arrays.stream(annotations(settings, part))
                .filter(a -> a.annotationType().isAnnotationPresent(Constraint.class))
                .toList();
        Object[] range = range(rules);
        String own = "config.setting." + name;
        String sentence = words.getMessage(own, range, null, locale);
        if (sentence != null) {
            return sentence;
        }
        List<String> phrases = new ArrayList<>();
        if (has(rules, "Min") && has(rules, "Max")) {
            phrases.add(words.getMessage("config.allowed.Range", range, locale));
        } else {
            rules.stream().filter(Predicate.not(SettingsAllowed::presenceOnly)).forEach(rule -> {
                ConstraintWords.Words allowed = ConstraintWords.of(rule);
                phrases.add(words.getMessage(allowed.key(), allowed.args(), allowed.key(), locale));
            });
        }
        if (phrases.isEmpty()) {
            String type = "config.type."
                    + ClassUtils.resolvePrimitiveIfNecessary(part.getType()).getSimpleName();
            return words.getMessage(type, null, words.getMessage("config.type.other", null, locale), locale);
        }
        return String.join("; ", phrases);
    }

    /** Bean Validation annotations are not kept on a record component, only on its field (and accessor). */
    private static Annotation[] annotations(Class<?> settings, RecordComponent part) {
        try {
            return settings.getDeclaredField(part.getName()).getAnnotations();
        } catch (NoSuchFieldException e) {
            return part.getAnnotations();
        }
    }

    /** The lowest and highest value the rules allow (a text that must not be blank has at least 1 character). */
    private static Object[] range(List<Annotation> rules) {
        List<Object> range = new ArrayList<>();
        for (Annotation rule : rules) {
            if (!presenceOnly(rule)) {
                range.addAll(Arrays.asList(ConstraintWords.of(rule).args()));
            }
        }
        if (has(rules, "NotBlank")
                && has(rules, "Size")
                && range.size() == 2
                && "0".equals(String.valueOf(range.getFirst()))) {
            range.set(0, 1);
        }
        return range.toArray();
    }

    private static boolean presenceOnly(Annotation rule) {
        return List.of("NotNull", "NotBlank", "NotEmpty", "Pattern")
                .contains(rule.annotationType().getSimpleName());
    }

    private static boolean has(List<Annotation> rules, String name) {
        return rules.stream().anyMatch(r -> r.annotationType().getSimpleName().equals(name));
    }

    /** Every @ConfigurationProperties record of the kiosk, found when a setting is wrong (once, at a failed start). */
    private static List<Class<?>> settingsRecords() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition bean : scan.findCandidateComponents("org.dropinkiosk")) {
            try {
                Class<?> type = ClassUtils.forName(bean.getBeanClassName(), SettingsAllowed.class.getClassLoader());
                if (type.isRecord()) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // Not loadable: it cannot be the record that failed to bind either.
            }
        }
        return found;
    }
}
