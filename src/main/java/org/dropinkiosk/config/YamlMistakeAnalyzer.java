package org.dropinkiosk.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A kiosk.yml that is not valid YAML: say the file, the line and what is wrong there, in the venue's language. A
 * file that fails as a whole (nested too deep, too many '&'/'*' shortcuts) has no line: say that plainly.
 * {@link SafeYaml}'s check names the line of an unsafe shortcut and says how to write it instead.
 */
class YamlMistakeAnalyzer extends AbstractFailureAnalyzer<YAMLException> {

    private final StartupWords words;

    YamlMistakeAnalyzer(Environment environment) {
        this.words = new StartupWords(environment);
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, YAMLException failure) {
        if (!(failure instanceof MarkedYAMLException cause)) {
            return new FailureAnalysis(
                    words.get("config.startup.unreadable", words.get("config.startup.where", fileIn(rootFailure))),
                    words.get("config.startup.unreadable.action"),
                    failure);
        }
        var mark = cause.getProblemMark();
        String where = mark == null
                ? words.get("config.startup.where", fileIn(rootFailure))
                : words.get("config.startup.where-line", fileIn(rootFailure), mark.getLine() + 1);
        if (cause instanceof SafeYaml.Mistake unsafe) {
            return new FailureAnalysis(
                    words.get("config.startup.unsafe", where, words.get(unsafe.key(), unsafe.args())),
                    words.get("config.startup.unsafe.action"),
                    cause);
        }
        return new FailureAnalysis(
                words.get("config.startup.layout", where), words.get("config.startup.layout.action"), cause);
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
