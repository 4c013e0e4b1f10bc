package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dropinkiosk.config.KioskFiles.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One typed way to read and write kiosk-config: binding, mistakes by line and field, last good kept, reload, save. */
class ConfigStoreTest {

    record Shelf(
            @NotBlank @Size(max = 10) String name,
            @Min(1) @Max(5) Integer jars,
            LocalDate opened,
            @MostWords(value = 3, payload = Advice.class) String note) {}

    record ShelvesFile(List<@NotNull @Valid Shelf> shelves) {
        ShelvesFile {
            shelves = shelves == null ? List.of() : shelves;
        }
    }

    static final ConfigFile<ShelvesFile> FILE =
            ConfigFile.of("shelves.yml", ShelvesFile.class, () -> new ShelvesFile(List.of()));

    @TempDir
    Path dir;

    final ConfigProblems problems = new ConfigProblems();
    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    ConfigStore store() {
        return TestConfigStore.in(dir, problems, events::add);
    }

    void write(String yaml) throws Exception {
        Files.writeString(dir.resolve(FILE.name()), yaml);
    }

    @Test
    void a_file_is_bound_to_its_records_keeping_the_words_as_written() throws Exception {
        write("""
                shelves:
                  - name: 11:00
                    jars: 2
                    opened: 2026-12-03
                  - name: no
                """);
        ShelvesFile read = store().register(FILE, (file, mistakes) -> file);
        assertThat(read.shelves())
                .containsExactly(
                        new Shelf("11:00", 2, LocalDate.of(2026, 12, 3), null), new Shelf("no", null, null, null));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void each_mistake_names_file_line_and_field_in_words_and_only_its_item_is_left_out() throws Exception {
        write("""
                # shelves
                shelves:
                  - name: Top
                    jars: 9
                  - jars: 2
                  - name: Middle
                    opened: someday
                  - name: Bottom
                    note: far too many words here
                """);
        ShelvesFile read = store().register(FILE, (file, mistakes) -> file);
        assertThat(read.shelves()).extracting(Shelf::name).containsExactly("Middle", "Bottom");
        assertThat(problems.all())
                .extracting(ConfigProblem::line, ConfigProblem::field)
                .containsExactly(tuple(4, "jars"), tuple(5, "name"), tuple(7, "opened"), tuple(9, "note"));
        assertThat(problems.all())
                .extracting(ConfigProblem::sentence)
                .containsExactly(
                        "shelves.yml, line 4, jars: '9' is not allowed here: a whole number of at most 5. This item was left out.",
                        "shelves.yml, line 5, name: This is needed: some text. This item was left out.",
                        "shelves.yml, line 7, opened: 'someday' cannot be read here: write a date such as 2023-01-11 (year-month-day).",
                        "shelves.yml, line 9, note: 'far too many words here' is not allowed here: at most 3 words, as shorter is easier to understand. It is still used.");
    }

    @Test
    void a_broken_file_keeps_the_last_good_version_until_it_is_mended() throws Exception {
        write("shelves:\n  - name: Top\n");
        ConfigStore store = store();
        store.register(FILE, (file, mistakes) -> file);
        write("shelves:\n  - name: Top\n   jars: [oops\n");
        store.changed(FILE.name());
        assertThat(store.current(FILE).shelves()).extracting(Shelf::name).containsExactly("Top");
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).endsWith("The kiosk keeps the last good version of the file.");
        });
        assertThat(events).isEmpty();

        write("shelves:\n  - name: Top\n  - name: Art\n");
        store.changed(FILE.name());
        assertThat(store.current(FILE).shelves()).extracting(Shelf::name).containsExactly("Top", "Art");
        assertThat(problems.all()).isEmpty();
        assertThat(events).containsExactly(new ConfigChanged(FILE.name()));
    }

    @Test
    void a_missing_file_is_empty_and_no_mistake() throws Exception {
        ConfigStore store = store();
        assertThat(store.register(FILE, (file, mistakes) -> file).shelves()).isEmpty();
        assertThat(store.version(FILE)).isEqualTo(Version.MISSING);

        write("shelves:\n  - name: Top\n");
        store.changed(FILE.name());
        Files.delete(dir.resolve(FILE.name()));
        store.changed(FILE.name());
        assertThat(store.current(FILE).shelves()).isEmpty();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void the_watcher_reads_a_changed_file_again_and_says_so() throws Exception {
        write("shelves:\n  - name: Top\n");
        ConfigStore store = store();
        store.register(FILE, (file, mistakes) -> file);
        ConfigWatcher watcher = new ConfigWatcher(TestConfigStore.settings(dir, dir), store);
        watcher.start();
        try {
            write("shelves:\n  - name: Top\n  - name: Second\n");
            assertThat(events.poll(30, TimeUnit.SECONDS)).isEqualTo(new ConfigChanged(FILE.name()));
            assertThat(store.current(FILE).shelves()).extracting(Shelf::name).containsExactly("Top", "Second");
        } finally {
            watcher.stop();
        }
    }

    @Test
    void a_save_is_atomic_keeps_the_top_comments_and_refuses_a_file_changed_since_it_was_read() throws Exception {
        write("# What is on each shelf.\n# One item a shelf.\nshelves:\n  - name: Top # a comment that goes\n");
        ConfigStore store = store();
        store.register(FILE, (file, mistakes) -> file);
        Version read = store.version(FILE);

        store.save(
                FILE,
                new ShelvesFile(List.of(new Shelf("Top", 2, null, null), new Shelf("Art", null, null, null))),
                read);
        assertThat(Files.readString(dir.resolve(FILE.name()))).isEqualTo("""
                %s
                # What is on each shelf.
                # One item a shelf.
                shelves:
                  - name: Top
                    jars: 2
                  - name: Art
                """.formatted(ConfigStore.STAFF_WRITES));
        assertThat(store.current(FILE).shelves()).extracting(Shelf::name).containsExactly("Top", "Art");
        assertThat(events).containsExactly(new ConfigChanged(FILE.name()));
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }

        assertThatThrownBy(() -> store.save(FILE, new ShelvesFile(List.of()), read))
                .isInstanceOf(KioskFiles.ChangedOnDisk.class);
        assertThat(store.current(FILE).shelves()).hasSize(2);
    }

    @Test
    void a_misspelt_name_is_a_mistake_and_a_file_without_its_list_keeps_the_last_good_version() throws Exception {
        write("shelves:\n  - name: Top\nshelfs: []\n");
        ConfigStore store = store();
        assertThat(store.register(FILE, (file, mistakes) -> file).shelves()).hasSize(1);
        assertThat(problems.all())
                .extracting(ConfigProblem::sentence)
                .containsExactly(
                        "shelves.yml, line 3, shelfs: 'shelfs' is not a name this file uses; check the spelling. It is not used.");

        write("shelf:\n  - name: Top\n  - name: Art\n");
        store.changed(FILE.name());
        assertThat(store.current(FILE).shelves()).hasSize(1);
        assertThat(problems.all())
                .extracting(ConfigProblem::sentence)
                .containsExactly(
                        "shelves.yml, line 1: The file needs a line 'shelves:' with the list under it. The kiosk keeps the last good version of the file.");
    }

    @Test
    void an_unsafe_file_is_named_by_its_line_and_not_used() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
        for (int i = 0; i < 60; i++) {
            bomb.append("b").append(i).append(": *a\n");
        }
        write(bomb.toString());
        store().register(FILE, (file, mistakes) -> file);
        assertThat(problems.all())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("shortcuts"));
    }
}
