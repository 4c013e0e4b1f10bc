package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.speech.StaffPronunciations.Entry;
import org.dropinkiosk.speech.StaffPronunciations.Kind;
import org.dropinkiosk.speech.StaffPronunciations.Mistake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffPronunciationsTest {

    @TempDir
    Path dir;

    private final List<Object> published = new ArrayList<>();
    private ConfigStore store;
    private Lexicon lexicon;

    private StaffPronunciations file(Lexicon reading) {
        return new StaffPronunciations(store);
    }

    /** A real store and Lexicon on the folder, with the store's events delivered to the Lexicon as Spring would. */
    private Lexicon lexicon(ConfigProblems problems) {
        store = TestConfigStore.in(dir, problems, event -> {
            published.add(event);
            if (event instanceof ConfigChanged changed && lexicon != null) {
                lexicon.onChanged(changed);
            }
        });
        lexicon = new Lexicon(store, published::add);
        return lexicon;
    }

    @Test
    void the_shipped_file_round_trips_with_its_comments_and_the_staff_line() throws Exception {
        String shipped = Files.readString(Path.of("kiosk-config/pronunciations.yml"));
        Files.writeString(dir.resolve("pronunciations.yml"), shipped);
        ConfigProblems problems = new ConfigProblems();
        StaffPronunciations pronunciations = file(lexicon(problems));
        StaffPronunciations.Loaded read = pronunciations.load();
        assertThat(read.entries()).contains(new Entry("Gloucestershire", "Gloster sheer"));

        pronunciations.save(read.entries(), read);

        String saved = Files.readString(dir.resolve("pronunciations.yml"));
        assertThat(saved.lines().filter(l -> l.startsWith("#")))
                .containsAll(shipped.lines()
                        .filter(l -> l.startsWith("#") && !l.contains("staff area also writes"))
                        .toList());
        assertThat(saved).contains("staff area also writes");
        assertThat(pronunciations.load().entries()).isEqualTo(read.entries());
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_save_reaches_the_voice_without_a_restart_and_keeps_an_entrys_own_comment() throws Exception {
        Files.writeString(dir.resolve("pronunciations.yml"), """
                # Our words
                pronunciations:
                  # the town, not the county
                  - word: Gloucester
                    say: Gloster
                  - word: Leicester
                    say: Lester
                # end of the list
                """);
        Lexicon lexicon = lexicon(new ConfigProblems());
        StaffPronunciations pronunciations = file(lexicon);
        StaffPronunciations.Loaded read = pronunciations.load();

        pronunciations.save(
                List.of(
                        new Entry("Gloucester", "Gloster"),
                        new Entry("St John's", "Saint Jons"),
                        new Entry("Stroud", "Strowd")),
                read);

        assertThat(lexicon.apply("From Stroud to St John's")).isEqualTo("From Strowd to Saint Jons");
        assertThat(published).contains(new PhrasesChanged("pronunciations"));
        String saved = Files.readString(dir.resolve("pronunciations.yml"));
        assertThat(saved)
                .contains("# Our words\n")
                .contains("  # the town, not the county\n  - word: Gloucester\n")
                .contains("  - word: St John's\n")
                .endsWith("# end of the list\n")
                .doesNotContain("Leicester");
    }

    @Test
    void a_file_changed_on_disk_after_it_was_opened_is_not_overwritten() throws Exception {
        Path path = dir.resolve("pronunciations.yml");
        Files.writeString(path, "pronunciations:\n  - word: Leicester\n    say: Lester\n");
        StaffPronunciations pronunciations = file(lexicon(new ConfigProblems()));
        StaffPronunciations.Loaded read = pronunciations.load();
        Files.writeString(path, "pronunciations:\n  - word: Leicester\n    say: Lester by hand\n");

        assertThatThrownBy(() -> pronunciations.save(List.of(new Entry("Stroud", "Strowd")), read))
                .isInstanceOf(KioskFiles.ChangedOnDisk.class);
        assertThat(Files.readString(path)).contains("Lester by hand");
        assertThat(published).isEmpty();
    }

    @Test
    void a_missing_file_is_an_empty_list_and_the_first_save_makes_it() throws Exception {
        StaffPronunciations pronunciations = file(lexicon(new ConfigProblems()));
        StaffPronunciations.Loaded read = pronunciations.load();
        assertThat(read.entries()).isEmpty();
        pronunciations.save(List.of(), read);
        assertThat(dir.resolve("pronunciations.yml")).exists();
        assertThat(pronunciations.load().entries()).isEmpty();
    }

    @Test
    void bad_rows_are_named_by_row_and_nothing_is_written() throws Exception {
        Path path = dir.resolve("pronunciations.yml");
        Files.writeString(path, "pronunciations:\n  - word: Leicester\n    say: Lester\n");
        StaffPronunciations pronunciations = file(lexicon(new ConfigProblems()));
        StaffPronunciations.Loaded read = pronunciations.load();
        List<Entry> rows = List.of(
                new Entry(" ", "Lester"),
                new Entry("x".repeat(10_000), "Lester"),
                new Entry("Leicester", "y".repeat(10_000)),
                new Entry("Time: now", "Lester"),
                new Entry("Leicester", "Lester # not a comment"),
                new Entry("Café \"Rose\"", "Kaffay rose"),
                new Entry("LEICESTER", "Lester"),
                new Entry("Stroud", ""));

        List<Mistake> mistakes = StaffPronunciations.check(rows);

        assertThat(mistakes)
                .extracting(Mistake::row, Mistake::kind)
                .containsExactly(
                        tuple(1, Kind.WORD_EMPTY),
                        tuple(2, Kind.WORD_TOO_LONG),
                        tuple(3, Kind.SAY_TOO_LONG),
                        tuple(4, Kind.WORD_CHARACTERS),
                        tuple(5, Kind.DUPLICATE),
                        tuple(5, Kind.SAY_CHARACTERS),
                        tuple(6, Kind.WORD_CHARACTERS),
                        tuple(7, Kind.DUPLICATE),
                        tuple(8, Kind.SAY_EMPTY));
        assertThat(mistakes.get(1).word()).hasSizeLessThan(40);
        assertThat(mistakes.get(4).otherRow()).isEqualTo(3);
        assertThatThrownBy(() -> pronunciations.save(rows, read)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(path)).isEqualTo("pronunciations:\n  - word: Leicester\n    say: Lester\n");
    }

    @Test
    void yaml_look_alikes_are_written_so_they_read_back_as_the_same_words() throws Exception {
        List<Entry> tricky = List.of(
                new Entry("No", "Noh"),
                new Entry("O'Neill", "Oh neel"),
                new Entry("& Co", "and coe"),
                new Entry("A38", "A thirty eight"),
                new Entry("Dr. Patel", "Doctor Patel"),
                new Entry("true", "troo"));
        assertThat(StaffPronunciations.check(tricky)).isEmpty();
        ConfigProblems problems = new ConfigProblems();
        Lexicon lexicon = lexicon(problems);
        StaffPronunciations pronunciations = file(lexicon);
        pronunciations.save(tricky, pronunciations.load());
        assertThat(pronunciations.load().entries()).isEqualTo(tricky);
        assertThat(lexicon.apply("O'Neill on the A38")).isEqualTo("Oh neel on the A thirty eight");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_file_broken_by_hand_is_refused_with_its_line_so_the_editor_saves_nothing_over_it() throws Exception {
        Files.writeString(dir.resolve("pronunciations.yml"), "pronunciations:\n  - word: [Leicester\n");
        StaffPronunciations pronunciations = file(lexicon(new ConfigProblems()));
        assertThatThrownBy(pronunciations::load)
                .isInstanceOf(StaffPronunciations.Unreadable.class)
                .satisfies(e ->
                        assertThat(((StaffPronunciations.Unreadable) e).line()).isGreaterThan(1));
    }
}
