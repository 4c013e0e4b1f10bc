package org.dropinkiosk.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;
import org.springframework.validation.FieldError;

/** Turns a wrong value in kiosk.yml into one plain sentence per mistake, naming file, line and field. */
class SettingsMistakeAnalyzer extends AbstractFailureAnalyzer<BindException> {

    private final StartupWords words;

    /** Spring hands a failure analyzer the environment, so the sentence is in the venue's language. */
    SettingsMistakeAnalyzer(Environment environment) {
        this.words = new StartupWords(environment);
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        String prefix = cause.getName().toString();
        if (!prefix.startsWith("kiosk")) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        BindValidationException validation = findCause(cause, BindValidationException.class);
        if (validation != null) {
            validation.getValidationErrors().forEach(error -> {
                String field = error instanceof FieldError f ? f.getField() : error.getObjectName();
                Object value = error instanceof FieldError f ? f.getRejectedValue() : null;
                lines.add(SettingsMistake.sentence(words, Origin.from(error), prefix, field, value, true));
            });
        } else {
            var property = cause.getProperty();
            String field = property != null ? property.getName().toString() : prefix;
            Object value = property != null ? property.getValue() : null;
            Origin origin = property != null ? property.getOrigin() : null;
            lines.add(SettingsMistake.sentence(words, origin, "", field, value, false));
        }
        return new FailureAnalysis(
                String.join(System.lineSeparator(), lines), words.get("config.startup.action"), cause);
    }
}
