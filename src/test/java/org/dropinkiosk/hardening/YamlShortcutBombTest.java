package org.dropinkiosk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.ratings.QuestionsFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * '&' and '*' shortcuts made to hurt: an alias "billion laughs" and an alias that refers to the part
 * it stands in. Spring's own YAML loader has no limit on them; the kiosk checks every kiosk-config
 * YAML file first, so each is a plain mistake with its line, in time, never a stall or a stack trace.
 */
class YamlShortcutBombTest {

    private static final Duration IN_TIME = Duration.ofSeconds(10);

    /** Six levels of nine '*' references: about half a million values once copied out. */
    static final String BILLION_LAUGHS = """
            a: &a [x,x,x,x,x,x,x,x,x]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            """;

    /** Few shortcuts, each doubling the last: 2^25 values once copied out. */
    static final String DOUBLING = doubling(25);

    private static String doubling(int levels) {
        StringBuilder s = new StringBuilder("l0: &l0 [x, x]\n");
        for (int i = 1; i <= levels; i++) {
            s.append("l")
                    .append(i)
                    .append(": &l")
                    .append(i)
                    .append(" [*l")
                    .append(i - 1)
                    .append(", *l")
                    .append(i - 1)
                    .append("]\n");
        }
        return s.toString();
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"bomb", "doubling", "self", "self-in-settings"})
    void a_shortcut_bomb_in_kiosk_yml_stops_start_up_in_time_with_a_plain_sentence_naming_the_line(String kind)
            throws Exception {
        String content = switch (kind) {
            case "bomb" -> "kiosk:\n  venue-name: Hill\n" + BILLION_LAUGHS;
            case "doubling" -> "kiosk:\n  venue-name: Hill\n" + DOUBLING;
            case "self" -> "kiosk:\n  venue-name: Hill\nx: &a\n  - *a\n";
            default -> "kiosk: &k\n  venue-name: Hill\n  more: *k\n";
        };
        Path yml = dir.resolve("kiosk.yml");
        Files.writeString(yml, content);
        Throwable failure = assertTimeoutPreemptively(
                IN_TIME,
                () -> {
                    var app = new SpringApplication(SettingsOnly.class);
                    app.setWebApplicationType(WebApplicationType.NONE);
                    try (var context = app.run(
                            "--spring.config.import=file:" + yml,
                            "--logging.level.root=off",
                            "--spring.config.location=optional:classpath:/none/")) {
                        context.getBean(KioskSettings.class);
                        return null;
                    } catch (Throwable e) {
                        return e;
                    }
                },
                () -> "kiosk.yml with " + kind + " stalled start-up");
        assertThat(failure).as("a kiosk.yml with %s must not start", kind).isNotNull();
        FailureAnalysis analysis = analyzers().stream()
                .map(a -> a.analyze(failure))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plain sentence for " + kind, failure));
        assertThat(analysis.getDescription())
                .as("sentence for %s", kind)
                .startsWith("Setting mistake in ")
                .contains("kiosk.yml, line ")
                .contains("'*");
        assertThat(analysis.getAction()).contains("'&' and '*'");
        assertThat(Hostile.STACK_TRACE
                        .matcher(analysis.getDescription() + analysis.getAction())
                        .find())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bomb", "doubling", "self", "self-in-item"})
    void a_shortcut_bomb_in_a_list_file_is_a_plain_mistake_with_its_line(String kind) throws Exception {
        String content = switch (kind) {
            case "bomb" -> "sets: []\n" + BILLION_LAUGHS;
            case "doubling" -> "sets: []\n" + DOUBLING;
            case "self" -> "sets: &a\n  - *a\n";
            default -> "sets:\n  - &s\n    id: s\n    questions:\n      - *s\n";
        };
        Path file = dir.resolve("questions.yml");
        Files.writeString(file, content);
        ConfigProblems problems = new ConfigProblems();
        QuestionsFile result = assertTimeoutPreemptively(
                IN_TIME,
                () -> TestConfigStore.in(dir, problems).register(QuestionsFile.FILE, (f, m) -> f),
                () -> "questions.yml with " + kind + " stalled");
        assertThat(result.sets()).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("questions.yml");
            assertThat(p.line()).as("the line of the shortcut").isPositive();
            assertThat(p.message()).contains("'*").contains("'&' and '*'");
        });
        assertThat(problems.all())
                .extracting(ConfigProblem::sentence)
                .noneMatch(s -> Hostile.STACK_TRACE.matcher(s).find());
    }

    private static List<FailureAnalyzer> analyzers() throws Exception {
        var constructor =
                Class.forName("org.dropinkiosk.config.YamlMistakeAnalyzer").getDeclaredConstructor(Environment.class);
        constructor.setAccessible(true);
        return List.of((FailureAnalyzer) constructor.newInstance(new StandardEnvironment()));
    }
}
