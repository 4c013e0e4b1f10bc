package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.KioskSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    static KioskSettings settings(Path configDir, Path dataDir) {
        return new KioskSettings("Drop-in", "main", Locale.UK, ZoneId.of("Europe/London"), Duration.ofSeconds(60), 140, 365, "",
                configDir, dataDir);
    }

    @Test
    void the_shipped_list_says_gloucestershire_the_local_way() {
        ConfigProblems problems = new ConfigProblems();
        Lexicon lexicon = new Lexicon(settings(Path.of("kiosk-config"), Path.of("target")), problems);
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
        Lexicon lexicon = new Lexicon(settings(dir, dir), problems);
        assertThat(lexicon.apply("gloucestershire and Leicester")).isEqualTo("Gloster sheer and Leicester");
        assertThat(problems.all()).extracting(ConfigProblem::line).containsExactly(4, 5);
        assertThat(problems.all().getFirst().sentence()).contains("pronunciations.yml, line 4").contains("Leicester");
    }

    @Test
    void a_broken_file_keeps_the_last_good_list(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pronunciations.yml");
        Files.writeString(file, "pronunciations:\n  - word: Leicester\n    say: Lester\n");
        ConfigProblems problems = new ConfigProblems();
        Lexicon lexicon = new Lexicon(settings(dir, dir), problems);
        Files.writeString(file, "pronunciations:\n  - word: [Leicester\n");
        lexicon.reload();
        assertThat(lexicon.apply("Leicester")).isEqualTo("Lester");
        assertThat(problems.all()).hasSize(1);
    }
}
