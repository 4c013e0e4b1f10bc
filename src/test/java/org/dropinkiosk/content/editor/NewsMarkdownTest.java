package org.dropinkiosk.content.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dropinkiosk.content.ContentBlock;
import org.dropinkiosk.content.ContentFile;
import org.dropinkiosk.content.ContentFolder;
import org.dropinkiosk.content.ContentPage;
import org.dropinkiosk.content.ContentParser;
import org.dropinkiosk.kiosk.TestMessages;
import org.junit.jupiter.api.Test;

/** The writer's round trip: parse, edit, write, parse gives the same pages the kiosk shows. */
class NewsMarkdownTest {

    /** What the visitor sees of a page: titles and blocks, without line numbers. */
    private static List<String> shown(ContentFile file) {
        return file.pages().stream().map(NewsMarkdownTest::shown).toList();
    }

    private static String shown(ContentPage page) {
        StringBuilder s = new StringBuilder(page.title()).append(" | ");
        for (ContentBlock b : page.blocks()) {
            s.append('[')
                    .append(b.picture())
                    .append(';')
                    .append(b.description())
                    .append(';')
                    .append(b.sentences())
                    .append(';')
                    .append(b.link())
                    .append(']');
        }
        return s.toString();
    }

    private static ContentFile parse(String text) {
        return ContentParser.parse("content/x.md", text.getBytes(StandardCharsets.UTF_8), TestMessages.english());
    }

    @Test
    void every_shipped_page_reads_back_the_same_after_the_editor_writes_it() throws IOException {
        List<Path> files = ContentFolder.pageFiles(Path.of("kiosk-config/content"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Path f : files) {
            String text = Files.readString(f);
            ContentFile before = parse(text);
            NewsDraft draft = NewsMarkdown.read("x.md", text, TestMessages.english());
            assertThat(draft).as(f.toString()).isNotNull();
            String written = NewsMarkdown.write(draft);
            ContentFile after = parse(written);
            assertThat(after.problems()).as(f.toString()).isEmpty();
            assertThat(shown(after)).as(f.toString()).isEqualTo(shown(before));
            assertThat(after.order()).isEqualTo(before.order());
            assertThat(NewsMarkdown.frontMatterTitle(written)).isEqualTo(NewsMarkdown.frontMatterTitle(text));
        }
    }

    @Test
    void an_edited_page_is_written_so_the_kiosk_reads_exactly_the_edit() throws SaveRefused {
        String text = """
                ---
                title: Our trip
                order: 4
                ---

                ![Bus](bus)
                We went on a bus.

                # At the sea
                ![Sea](sea)
                The sea was cold!
                Web: <https://example.org/trip>
                """.replace("Web: ", "");
        NewsDraft draft = NewsMarkdown.read("trip.md", text, TestMessages.english());
        draft.parts.get(0).blocks.get(0).sentences.set(0, "We   went on a big bus");
        draft.parts.get(0).blocks.get(0).sentences.add("It was   fun");
        NewsDraft.Block added = NewsDraft.Block.empty();
        added.picture = "ice_cream";
        added.description = "Ice [cream]";
        added.sentences.set(0, "We had ice cream.");
        draft.parts.get(1).blocks.addFirst(added);
        draft.parts.get(1).blocks.add(NewsDraft.Block.empty()); // an empty block, as Add block leaves it

        String saved = NewsMarkdown.checked(draft, "trip.md", TestMessages.english());

        ContentFile back = parse(saved);
        assertThat(back.problems()).isEmpty();
        assertThat(shown(back))
                .containsExactly(
                        "Our trip | [bus;Bus;[We went on a big bus., It was fun.];]",
                        "At the sea | [ice_cream;Ice (cream);[We had ice cream.];][sea;Sea;[The sea was cold!];https://example.org/trip]");
        assertThat(back.order()).isEqualTo(4);
        // Parse, write, parse again: nothing changes a second time.
        assertThat(NewsMarkdown.write(NewsMarkdown.read("trip.md", saved, TestMessages.english())))
                .isEqualTo(saved);
    }

    @Test
    void a_sentence_of_ten_thousand_letters_is_refused_naming_its_block() {
        NewsDraft draft = NewsDraft.named("Long", 1);
        draft.parts.get(0).blocks.get(0).picture = "bus";
        draft.parts.get(0).blocks.get(0).sentences.set(0, "a".repeat(10_000));

        assertThatThrownBy(() -> NewsMarkdown.checked(draft, "long.md", TestMessages.english()))
                .isInstanceOfSatisfying(
                        SaveRefused.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        NewsProblem.of("content.editor.problem.long-sentence", 1, 10_000, 300)));
    }

    @Test
    void a_picture_name_that_climbs_out_of_the_folder_is_refused() {
        NewsDraft draft = NewsDraft.named("Sneaky", 1);
        draft.parts.get(0).blocks.get(0).picture = "../../kiosk.yml";
        draft.parts.get(0).blocks.get(0).sentences.set(0, "Hello.");

        assertThatThrownBy(() -> NewsMarkdown.checked(draft, "sneaky.md", TestMessages.english()))
                .isInstanceOfSatisfying(
                        SaveRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(NewsProblem::key)
                                .containsExactly("content.editor.problem.picture-name"));
    }

    @Test
    void marks_the_format_would_read_differently_are_refused_not_changed() {
        NewsDraft heading = NewsDraft.named("Marks", 1);
        heading.parts.get(0).blocks.get(0).sentences.set(0, "# not a heading");
        assertThatThrownBy(() -> NewsMarkdown.checked(heading, "m.md", TestMessages.english()))
                .isInstanceOfSatisfying(
                        SaveRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(NewsProblem::key)
                                .containsExactly("content.editor.problem.sentence-start"));

        NewsDraft stars = NewsDraft.named("Marks", 1);
        stars.parts.get(0).blocks.get(0).sentences.set(0, "This is *very* good.");
        assertThatThrownBy(() -> NewsMarkdown.checked(stars, "m.md", TestMessages.english()))
                .isInstanceOfSatisfying(
                        SaveRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(NewsProblem::key)
                                .containsExactly("content.editor.problem.format"));
    }

    @Test
    void a_page_needs_a_title_and_a_block() {
        NewsDraft draft = NewsDraft.named("  ", 1);
        assertThatThrownBy(() -> NewsMarkdown.checked(draft, "e.md", TestMessages.english()))
                .isInstanceOfSatisfying(
                        SaveRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(NewsProblem::key)
                                .containsExactly("content.editor.problem.no-title"));
        NewsDraft empty = NewsDraft.named("Empty", 1);
        assertThatThrownBy(() -> NewsMarkdown.checked(empty, "e.md", TestMessages.english()))
                .isInstanceOfSatisfying(
                        SaveRefused.class,
                        e -> assertThat(e.problems())
                                .extracting(NewsProblem::key)
                                .containsExactly("content.editor.problem.no-blocks"));
    }
}
