package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    static KioskSettings settings(Path configDir, Path dataDir) {
        return new KioskSettings(
                "Drop-in",
                "main",
                Locale.UK,
                ZoneId.of("Europe/London"),
                Duration.ofSeconds(60),
                140,
                365,
                "",
                configDir,
                dataDir);
    }

    static Lexicon lexicon(Path configDir, ConfigProblems problems) {
        return new Lexicon(TestConfigStore.in(configDir, problems), event -> {});
    }

    @Test
    void the_shipped_list_says_gloucestershire_the_local_way() {
        ConfigProblems problems = new ConfigProblems();
        Lexicon lexicon = lexicon(Path.of("kiosk-config"), problems);
        assertThat(lexicon.apply("Simon works in Gloucestershire.")).isEqualTo("Simon works in Gloster sheer.");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_bad_entry_is_reported_with_its_line_and_the_good_ones_still_work(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("pronunciations.yml"), """
                pronunciations:
                  - word: Gloucestershire
                    say: Gloster sheer
                  - word: Leicester
                  - word: Gloucestershire
                    say: again
                """);
        ConfigProblems problems = new ConfigProblems();
        Lexicon lexicon = lexicon(dir, problems);
        assertThat(lexicon.apply("gloucestershire and Leicester")).isEqualTo("Gloster sheer and Leicester");
        assertThat(problems.all()).extracting(ConfigProblem::line).containsExactly(4, 5);
        assertThat(problems.all().getFirst().sentence()).startsWith("pronunciations.yml, line 4, say: This is needed");
        assertThat(problems.all().getLast().sentence()).contains("'Gloucestershire' is used twice");
    }

    @Test
    void a_broken_file_keeps_the_last_good_list(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pronunciations.yml");
        Files.writeString(file, "pronunciations:\n  - word: Leicester\n    say: Lester\n");
        ConfigProblems problems = new ConfigProblems();
        List<Object> events = new ArrayList<>();
        ConfigStore store = TestConfigStore.in(dir, problems, events::add);
        Lexicon lexicon = new Lexicon(store, events::add);
        Files.writeString(file, "pronunciations:\n  - word: [Leicester\n");
        store.changed("pronunciations.yml");
        assertThat(lexicon.apply("Leicester")).isEqualTo("Lester");
        assertThat(problems.all()).hasSize(1);
        assertThat(events).isEmpty();

        Files.writeString(file, "pronunciations:\n  - word: Leicester\n    say: Lestur\n");
        store.changed("pronunciations.yml");
        events.stream()
                .filter(ConfigChanged.class::isInstance)
                .map(ConfigChanged.class::cast)
                .toList()
                .forEach(lexicon::onChanged);
        assertThat(lexicon.apply("Leicester")).isEqualTo("Lestur");
        assertThat(events).contains(new PhrasesChanged("pronunciations"));
    }
}
