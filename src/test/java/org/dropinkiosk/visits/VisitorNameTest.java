package org.dropinkiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisitorNameTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Sam",
                "O'Brien",
                "Zoë",
                "José",
                "Łukasz",
                "Siobhán",
                "王芳",
                "Οδυσσέας",
                "Ньюман",
                "Mary-Jane",
                "Anne Marie"
            })
    void letters_of_any_language_with_apostrophes_hyphens_and_spaces_are_names(String name) {
        assertThat(VisitorName.check(name)).isEqualTo(new VisitorName(name, null));
    }

    @Test
    void a_name_is_trimmed_and_keeps_one_space_between_words() {
        assertThat(VisitorName.check("  Anne    Marie ").name()).isEqualTo("Anne Marie");
        assertThat(VisitorName.check("O\u2019Brien").name()).isEqualTo("O'Brien");
        assertThat(VisitorName.check("Zoe\u0308").name())
                .as("combining marks become one letter")
                .isEqualTo("Zoë");
    }

    @Test
    void sixty_characters_fit_and_sixty_one_do_not() {
        assertThat(VisitorName.check("a".repeat(60)).ok()).isTrue();
        assertThat(VisitorName.check("a".repeat(61)).problemKey()).isEqualTo("visits.name.too-long");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>",
                "Sam<b>",
                "Sam&amp;",
                "Sam\u0000",
                "Sam\tJones",
                "Sam\nJones",
                "Sam 😀",
                "😀",
                "R2D2",
                "Sam!",
                "'-'",
                "Sam\u202E"
            })
    void control_characters_markup_digits_and_emoji_are_refused_kindly(String typed) {
        assertThat(VisitorName.check(typed).problemKey()).isEqualTo("visits.name.letters-only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nothing_typed_asks_for_a_name(String typed) {
        assertThat(VisitorName.check(typed).problemKey()).isEqualTo("visits.name.empty");
    }
}
