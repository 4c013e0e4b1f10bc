package org.dropinkiosk.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.validation.FieldError;

/** Turns a wrong value in kiosk.yml into one plain sentence per mistake, naming file, line and field. */
class SettingsMistakeAnalyzer extends AbstractFailureAnalyzer<BindException> {

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
                lines.add(
                        SettingsMistake.sentence(Origin.from(error), prefix, field, value, error.getDefaultMessage()));
            });
        } else {
            var property = cause.getProperty();
            String field = property != null ? property.getName().toString() : prefix;
            Object value = property != null ? property.getValue() : null;
            Origin origin = property != null ? property.getOrigin() : null;
            String reason = cause.getCause() != null ? rootMessage(cause.getCause()) : "it could not be read";
            lines.add(SettingsMistake.sentence(origin, "", field, value, reason));
        }
        return new FailureAnalysis(
                String.join(System.lineSeparator(), lines),
                "Correct the setting in kiosk-config/kiosk.yml (or the command line or environment), then start the kiosk again.",
                cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null ? "it could not be read" : m;
    }
}
