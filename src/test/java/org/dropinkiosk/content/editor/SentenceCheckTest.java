package org.dropinkiosk.content.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker's findings as the editor shows them beside a sentence, with a simpler word offered. */
class SentenceCheckTest {

    @TempDir
    Path folder;

    private SentenceCheck check() {
        return new SentenceCheck(folder, folder.resolve("pictures"), SimplerWords.fromClasspath());
    }

    @Test
    void a_long_word_is_found_with_the_everyday_word_to_use() {
        assertThat(check().sentence("We give you information about the group."))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.key()).isEqualTo("content.editor.check.hard-simpler");
                    assertThat(f.word()).isEqualTo("information");
                    assertThat(f.simpler()).isEqualTo("facts");
                    assertThat(f.error()).isFalse();
                });
        assertThat(SentenceCheck.replace("Information is here. More information.", "Information", "facts"))
                .isEqualTo("Facts is here. More information.");
    }

    @Test
    void too_many_words_passive_and_capitals_are_found() {
        assertThat(check().sentence("We went to the big shop in the town and then we went to the park by the river."))
                .extracting(SentenceCheck.Finding::key)
                .containsExactly("content.editor.check.long");
        assertThat(check().sentence("We are paid by the council."))
                .extracting(SentenceCheck.Finding::key)
                .containsExactly("content.editor.check.passive");
        assertThat(check().sentence("COME TO THE PARTY."))
                .extracting(SentenceCheck.Finding::key)
                .containsExactly("content.editor.check.capitals");
        assertThat(check().sentence("We had fun.")).isEmpty();
    }

    @Test
    void a_ten_thousand_letter_sentence_gets_one_finding_not_ten_thousand() {
        assertThat(check().sentence("word ".repeat(2000)))
                .extracting(SentenceCheck.Finding::key)
                .containsExactly("content.editor.check.too-long");
    }

    @Test
    void a_missing_or_unknown_picture_is_an_error() {
        assertThat(check().picture(""))
                .extracting(SentenceCheck.Finding::key)
                .containsExactly("content.editor.check.no-picture");
        assertThat(check().picture("no_such_picture"))
                .extracting(SentenceCheck.Finding::key)
                .containsExactly("content.editor.check.unknown-picture");
        assertThat(check().picture("../../etc/passwd"))
                .extracting(SentenceCheck.Finding::key)
                .containsExactly("content.editor.check.unknown-picture");
    }
}
