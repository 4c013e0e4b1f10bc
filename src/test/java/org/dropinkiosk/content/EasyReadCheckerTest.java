package org.dropinkiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dropinkiosk.kiosk.TestMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EasyReadCheckerTest {

    private final EasyReadChecker checker = new EasyReadChecker(
            Set.of("co-production", "advocacy"),
            new SymbolCatalog(Set.of("meet", "money"), Path.of("target/no-pictures")));

    private List<EasyReadFinding> check(String picture, String... sentences) {
        ContentPage page = new ContentPage(
                "content/t.md", 1, 1, "T", List.of(new ContentBlock(picture, "", List.of(sentences), "", 7)));
        return checker.checkPage(page);
    }

    private static List<String> rules(List<EasyReadFinding> findings) {
        return findings.stream().map(EasyReadFinding::rule).toList();
    }

    @Test
    void good_easy_read_has_no_findings() {
        assertThat(check("meet", "We talked about co-production.", "The NHS pays us for our time."))
                .isEmpty();
    }

    @Test
    void a_sentence_over_fifteen_words_is_an_error_naming_its_line() {
        List<EasyReadFinding> f = check("meet", "We went to the big meeting in the town and we all had a nice day.");
        assertThat(rules(f)).containsExactly("long-sentence");
        assertThat(f.get(0).error()).isTrue();
        assertThat(f.get(0).line()).isEqualTo(7);
        assertThat(f.get(0).message()).contains("16 words");
    }

    @Test
    void fifteen_words_are_fine() {
        assertThat(check("meet", "One two three four five six seven eight nine ten one two three four five."))
                .isEmpty();
    }

    @Test
    void a_long_word_not_on_the_allowed_list_is_advice() {
        List<EasyReadFinding> f = check("meet", "The commissioners decided.");
        assertThat(rules(f)).containsExactly("hard-word");
        assertThat(f.get(0).error()).isFalse();
        assertThat(f.get(0).message()).contains("commissioners");
    }

    @Test
    void allowed_long_words_are_fine() {
        assertThat(check("meet", "Self advocacy is co-production.")).isEmpty();
    }

    @Test
    void passive_voice_is_advice() {
        assertThat(rules(check("meet", "Decisions are made too early."))).containsExactly("passive");
        assertThat(rules(check("meet", "We were not asked."))).containsExactly("passive");
        assertThat(check("meet", "We are happy.", "We were interested.")).isEmpty();
    }

    @Test
    void block_capitals_are_advice_but_nhs_alone_is_fine() {
        assertThat(rules(check("meet", "PLEASE COME to the meeting."))).containsExactly("block-capitals");
        assertThat(check("meet", "The NHS asked us.")).isEmpty();
    }

    @Test
    void a_block_with_no_picture_is_an_error() {
        List<EasyReadFinding> f = check("", "We met.");
        assertThat(rules(f)).containsExactly("no-picture");
        assertThat(f.get(0).error()).isTrue();
    }

    @Test
    void an_unknown_symbol_is_an_error() {
        List<EasyReadFinding> f = check("unicorn", "We met.");
        assertThat(rules(f)).containsExactly("unknown-symbol");
        assertThat(f.get(0).message()).contains("unicorn");
    }

    @Test
    void more_than_three_sentences_is_advice() {
        assertThat(rules(check("meet", "One.", "Two.", "Three.", "Four."))).containsExactly("too-many-sentences");
    }

    @Test
    void syllables_are_estimated_well_enough() {
        assertThat(EasyReadChecker.syllables("people")).isEqualTo(2);
        assertThat(EasyReadChecker.syllables("example")).isEqualTo(3);
        assertThat(EasyReadChecker.syllables("commissioners")).isGreaterThanOrEqualTo(4);
        assertThat(EasyReadChecker.syllables("meeting")).isEqualTo(2);
    }

    @Test
    void the_default_content_has_no_errors() {
        Path folder = Path.of("kiosk-config/content");
        List<ContentFile> files = ContentFolder.read(folder, "content/", TestMessages.english());
        SymbolCatalog symbols = new SymbolCatalog(SymbolCatalog.bundledNames(), Path.of("kiosk-config/pictures"));
        List<EasyReadFinding> findings = new EasyReadChecker(ContentFolder.allowedWords(folder), symbols).check(files);
        assertThat(findings).isEmpty();
        assertThat(ScreenSplitter.split(ContentFolder.pages(files)).size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void the_command_exits_non_zero_when_there_are_errors(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\n---\n![x](no_such_symbol) Hello.\n");
        var out = new ByteArrayOutputStream();
        assertThat(CheckContent.run(content, new PrintStream(out, true, "UTF-8")))
                .isEqualTo(1);
        assertThat(out.toString("UTF-8")).contains("content/a.md, line 4").contains("no_such_symbol");
        assertThat(CheckContent.run(Path.of("kiosk-config/content"), new PrintStream(new ByteArrayOutputStream())))
                .isZero();
    }
}
