package org.dropinkiosk.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A kiosk.yml that is not valid YAML: say the file, the line and what is wrong there. A file that
 * fails as a whole (nested too deep, too many '&'/'*' shortcuts) has no line: say that plainly.
 * {@link SafeYaml}'s check names the line of an unsafe shortcut and says how to write it instead.
 */
class YamlMistakeAnalyzer extends AbstractFailureAnalyzer<YAMLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, YAMLException failure) {
        if (!(failure instanceof MarkedYAMLException cause)) {
            return new FailureAnalysis(
                    "Setting mistake in " + fileIn(rootFailure) + ": the file could not be read as settings.",
                    "Use plain lines 'name: value' under 'kiosk:', without deep nesting or '&' and '*' shortcuts, then start the kiosk again.",
                    failure);
        }
        var mark = cause.getProblemMark();
        String where = fileIn(rootFailure) + (mark == null ? "" : ", line " + (mark.getLine() + 1));
        String problem = cause.getProblem() == null ? "the layout is broken" : cause.getProblem();
        String action = cause instanceof SafeYaml.Mistake unsafe
                ? unsafe.fix() + " Then start the kiosk again."
                : "Each setting is one line, 'name: value', indented under 'kiosk:' by two spaces. Fix that line and start the kiosk again.";
        return new FailureAnalysis("Setting mistake in " + where + ": " + problem + ".", action, cause);
    }

    /** The YAML parser only knows a stream; the file is named by Spring's wrapping exception. */
    private static String fileIn(Throwable failure) {
        Pattern location = Pattern.compile("'(?:optional:)?(?:file:)?([^']*\\.ya?ml)'");
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = location.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "kiosk-config/kiosk.yml";
    }
}
