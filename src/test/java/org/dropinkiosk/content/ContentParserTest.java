package org.dropinkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.kiosk.TestMessages;
import org.junit.jupiter.api.Test;

class ContentParserTest {

    private static ContentFile parse(String text) {
        return ContentParser.parse("content/test.md", text.getBytes(StandardCharsets.UTF_8), TestMessages.english());
    }

    @Test
    void pages_and_blocks_keep_their_line_numbers() {
        ContentFile file = parse("""
                ---
                title: Our meeting
                order: 3
                ---

                ![People meeting](meet)
                We met in December.

                # Good things

                ![Money](money) We were paid.
                It was fair.
                [The survey](https://example.org/s)
                """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.order()).isEqualTo(3);
        assertThat(file.pages()).hasSize(2);
        ContentPage first = file.pages().get(0);
        assertThat(first.title()).isEqualTo("Our meeting");
        assertThat(first.blocks().get(0).line()).isEqualTo(6);
        assertThat(first.blocks().get(0).picture()).isEqualTo("meet");
        assertThat(first.blocks().get(0).description()).isEqualTo("People meeting");
        ContentPage second = file.pages().get(1);
        assertThat(second.title()).isEqualTo("Good things");
        assertThat(second.line()).isEqualTo(9);
        ContentBlock money = second.blocks().get(0);
        assertThat(money.line()).isEqualTo(11);
        assertThat(money.sentences()).containsExactly("We were paid.", "It was fair.");
        assertThat(money.link()).isEqualTo("https://example.org/s");
    }

    @Test
    void a_block_without_a_picture_is_read_so_the_checker_can_name_it() {
        ContentFile file = parse("---\ntitle: T\n---\nJust words here.\n");
        assertThat(file.problems()).isEmpty();
        assertThat(file.pages().get(0).blocks().get(0).hasPicture()).isFalse();
    }

    @Test
    void a_missing_front_matter_is_a_problem_on_line_one() {
        ContentFile file = parse("![Meet](meet) Hello.\n");
        assertThat(file.isBroken()).isTrue();
        assertThat(file.problems().get(0).line()).isEqualTo(1);
        assertThat(file.problems().get(0).message()).contains("front matter");
    }

    @Test
    void a_misspelt_front_matter_field_is_a_mistake_naming_file_line_and_field() {
        ContentFile file = parse("---\ntitle: T\nordr: 2\n---\n![Meet](meet) Hello.\n");
        assertThat(file.isBroken()).isTrue();
        assertThat(file.problems())
                .extracting(ConfigProblem::line, ConfigProblem::field)
                .containsExactly(tuple(3, "ordr"));
        assertThat(file.problems().getFirst().sentence()).contains(", line 3, ordr: ");
    }

    @Test
    void an_unclosed_front_matter_is_named() {
        ContentFile file = parse("---\ntitle: T\n\n![Meet](meet) Hello.\n");
        assertThat(file.problems()).extracting(ConfigProblem::message).anyMatch(m -> m.contains("no closing '---'"));
    }

    @Test
    void a_bad_order_and_an_unknown_field_are_named_with_their_lines() {
        ContentFile file = parse("---\ntitle: T\norder: first\ncolour: red\n---\n![Meet](meet) Hello.\n");
        assertThat(file.problems()).extracting(ConfigProblem::line).containsExactly(3, 4);
        assertThat(file.problems()).extracting(ConfigProblem::field).containsExactly("order", "colour");
    }

    @Test
    void a_missing_title_is_a_problem() {
        assertThat(parse("---\norder: 1\n---\n![Meet](meet) Hello.\n").problems())
                .extracting(ConfigProblem::field)
                .containsExactly("title");
    }

    @Test
    void an_empty_page_is_named_with_the_line_of_its_heading() {
        ContentFile file =
                parse("---\ntitle: T\n---\n![Meet](meet) Hello.\n\n# Nothing here\n\n# Next\n![Meet](meet) Bye.\n");
        assertThat(file.isBroken()).isTrue();
        assertThat(file.problems().get(0).line()).isEqualTo(6);
        assertThat(file.problems().get(0).message()).contains("Nothing here").contains("empty");
    }

    @Test
    void a_picture_with_no_sentence_is_a_problem() {
        ContentFile file = parse("---\ntitle: T\n---\n\n![Meet](meet)\n");
        assertThat(file.problems().get(0).line()).isEqualTo(5);
        assertThat(file.problems().get(0).message()).contains("no sentence");
    }

    @Test
    void a_file_with_no_blocks_is_a_problem() {
        assertThat(parse("---\ntitle: T\n---\n\n").problems().get(0).message()).contains("no pages");
    }

    @Test
    void a_link_that_is_not_a_web_address_is_a_problem() {
        ContentFile file = parse("---\ntitle: T\n---\n![Meet](meet) Hello.\n[Mail](mailto:x@y.z)\n");
        assertThat(file.problems().get(0).line()).isEqualTo(5);
        assertThat(file.problems().get(0).field()).isEqualTo("link");
    }

    @Test
    void bytes_that_are_not_utf8_are_named_with_their_line() {
        byte[] bytes = "---\ntitle: T\n---\n![Meet](meet) Caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1);
        ContentFile file = ContentParser.parse("content/latin.md", bytes, TestMessages.english());
        assertThat(file.isBroken()).isTrue();
        assertThat(file.problems().get(0).line()).isEqualTo(4);
        assertThat(file.problems().get(0).message()).contains("UTF-8");
    }

    @Test
    void a_ten_thousand_word_page_is_read_and_split_into_screens_that_fit() {
        StringBuilder text = new StringBuilder("---\ntitle: Long\n---\n![Meet](meet) ");
        for (int i = 0; i < 10_000; i++) {
            // A sentence starts with a capital: after a full stop, a small letter goes on the sentence (Sentences).
            text.append(i % 12 == 0 ? "Word" : "word").append(i % 12 == 11 ? ". " : " ");
        }
        ContentFile file = parse(text.toString());
        assertThat(file.problems()).isEmpty();
        var screens = ScreenSplitter.split(file.pages());
        assertThat(screens.size()).isGreaterThan(100);
        assertThat(screens)
                .allSatisfy(s -> assertThat(s.blocks().stream()
                                .mapToInt(ScreenSplitter::height)
                                .sum())
                        .isLessThanOrEqualTo(ScreenSplitter.SCREEN_BUDGET));
    }

    @Test
    void a_file_over_the_size_limit_is_not_read() {
        byte[] big = new byte[ContentParser.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThat(ContentParser.parse("content/big.md", big, TestMessages.english())
                        .problems()
                        .get(0)
                        .message())
                .contains("larger than");
    }
}
