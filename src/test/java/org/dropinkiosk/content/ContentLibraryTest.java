package org.dropinkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.ConfigWatcher;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.kiosk.TestMessages;
import org.dropinkiosk.speech.PhrasesChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLibraryTest {

    @TempDir
    Path config;

    private final ConfigProblems problems = new ConfigProblems();
    private final List<Object> events = new CopyOnWriteArrayList<>();

    private ContentLibrary library;
    private ConfigWatcher watcher;

    /** A library told of changes by the one watcher, as in the kiosk. */
    private ContentLibrary library() {
        KioskSettings settings = TestConfigStore.settings(config, config.resolve("data"));
        library = new ContentLibrary(
                settings, problems, events::add, new PictureResolver(settings), TestMessages.english());
        ConfigStore store = TestConfigStore.in(config, problems, event -> {
            events.add(event);
            if (event instanceof ConfigChanged changed) {
                library.onChanged(changed);
            }
        });
        watcher = new ConfigWatcher(settings, store);
        watcher.poll();
        return library;
    }

    /** The watcher looks once; true if the library read the folder again. */
    private boolean look() {
        long before = library.current().version();
        watcher.poll();
        return library.current().version() > before;
    }

    private void write(String name, String text, int secondsLater) throws Exception {
        Path file = config.resolve("content").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        // Editors save within the same second; a later time makes the change plain to the poll on any file system.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    @Test
    void a_saved_change_is_shown_after_the_next_look_and_speech_hears_of_it() throws Exception {
        write("01-a.md", "---\ntitle: First\n---\n![Meet](meet) Hello there.\n", 0);
        ContentLibrary library = library();
        assertThat(library.current().screens()).extracting(ContentScreen::title).containsExactly("First");
        assertThat(library.phrases()).contains("Hello there.");
        assertThat(look()).isFalse();

        write("01-a.md", "---\ntitle: Changed\n---\n![Meet](meet) Goodbye now.\n", 5);
        assertThat(look()).isTrue();
        assertThat(library.current().screens()).extracting(ContentScreen::title).containsExactly("Changed");
        assertThat(library.phrases()).contains("Goodbye now.").doesNotContain("Hello there.");
        assertThat(events).contains(new PhrasesChanged("content"));
    }

    @Test
    void a_broken_file_keeps_the_last_good_version_and_is_reported_with_its_line() throws Exception {
        write("01-a.md", "---\ntitle: Good\n---\n![Meet](meet) Hello there.\n", 0);
        ContentLibrary library = library();
        long before = library.current().version();

        write("01-a.md", "---\ntitle: Broken\norder: soon\n---\n![Meet](meet) Oops.\n", 5);
        look();
        assertThat(library.current().version()).isGreaterThan(before);
        assertThat(library.current().screens()).extracting(ContentScreen::title).containsExactly("Good");
        assertThat(problems.all())
                .extracting(ConfigProblem::sentence)
                .containsExactly(
                        "content/01-a.md, line 3, order: the order must be a whole number, such as 'order: 3'.");

        write("01-a.md", "---\ntitle: Fixed\n---\n![Meet](meet) Better.\n", 10);
        look();
        assertThat(library.current().screens()).extracting(ContentScreen::title).containsExactly("Fixed");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_missing_picture_shows_the_placeholder_and_is_reported() throws Exception {
        write("01-a.md", "---\ntitle: A\n---\n![A unicorn](unicorn) Hello.\n", 0);
        ContentLibrary library = library();
        assertThat(library.symbols().sourceOrPlaceholder("unicorn")).isEqualTo(SymbolCatalog.PLACEHOLDER);
        assertThat(problems.all()).extracting(ConfigProblem::line).containsExactly(4);
        assertThat(library.current().findings())
                .extracting(EasyReadFinding::rule)
                .containsExactly("unknown-symbol");
    }

    @Test
    void a_venue_picture_is_found_by_its_name_and_a_new_one_is_noticed() throws Exception {
        write("01-a.md", "---\ntitle: A\n---\n![Our hall](hall) Hello.\n", 0);
        ContentLibrary library = library();
        assertThat(library.symbols().source("hall")).isEmpty();
        Files.createDirectories(config.resolve("pictures"));
        Files.writeString(config.resolve("pictures/hall.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(look()).isTrue();
        assertThat(library.symbols().source("hall")).contains("pictures/hall.svg");
        assertThat(library.symbols().source("../secret")).isEmpty();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void the_bundled_symbols_are_known_by_their_simple_names() {
        assertThat(SymbolCatalog.bundledNames())
                .contains("meet", "coffee", "mobile_phone")
                .doesNotContain("placeholder");
    }
}
