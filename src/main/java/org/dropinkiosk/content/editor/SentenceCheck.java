package org.dropinkiosk.content.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.content.ContentBlock;
import org.dropinkiosk.content.ContentFolder;
import org.dropinkiosk.content.ContentPage;
import org.dropinkiosk.content.EasyReadChecker;
import org.dropinkiosk.content.EasyReadFinding;
import org.dropinkiosk.content.SymbolCatalog;

/**
 * The easy-read checker's findings for one sentence or one block's picture, as the editor shows them beside the
 * field: a message key with its values, and for a long word the everyday word to use instead, when known.
 */
public final class SentenceCheck {

    /** One finding; {@code word} and {@code simpler} are set for a long word with a known simpler one. */
    public record Finding(boolean error, String key, List<Object> args, String word, String simpler) {
        public Finding {
            args = List.copyOf(args);
        }
    }

    private final EasyReadChecker checker;
    private final SymbolCatalog symbols;
    private final SimplerWords simpler;

    public SentenceCheck(Path contentFolder, Path pictures, SimplerWords simpler) {
        this.symbols = new SymbolCatalog(SymbolCatalog.bundledNames(), pictures);
        this.checker = new EasyReadChecker(ContentFolder.allowedWords(contentFolder), symbols);
        this.simpler = simpler;
    }

    public SymbolCatalog symbols() {
        return symbols;
    }

    public List<Finding> sentence(String sentence) {
        List<Finding> findings = new ArrayList<>();
        if (sentence == null || sentence.isBlank()) {
            return findings;
        }
        // Long sentences are refused on saving; a pasted essay is not checked word by word.
        if (sentence.length() > NewsMarkdown.MAX_SENTENCE) {
            findings.add(new Finding(
                    true,
                    "content.editor.check.too-long",
                    List.of(sentence.length(), NewsMarkdown.MAX_SENTENCE),
                    "",
                    ""));
            return findings;
        }
        List<String> words = EasyReadChecker.words(sentence);
        if (words.size() > EasyReadChecker.MAX_WORDS) {
            findings.add(new Finding(
                    true, "content.editor.check.long", List.of(words.size(), EasyReadChecker.MAX_WORDS), "", ""));
        }
        for (String word : words.stream().distinct().toList()) {
            if (checker.isHard(word)) {
                String instead = simpler.forWord(word).orElse("");
                findings.add(new Finding(
                        false,
                        instead.isEmpty() ? "content.editor.check.hard" : "content.editor.check.hard-simpler",
                        instead.isEmpty() ? List.of(word) : List.of(word, instead),
                        word,
                        instead));
            }
        }
        ContentBlock block = new ContentBlock(SymbolCatalog.PLACEHOLDER, "", List.of(sentence), "", 1);
        for (EasyReadFinding f : checker.checkPage(new ContentPage("", 1, 0, "", List.of(block)))) {
            switch (f.rule()) {
                case "passive" -> findings.add(new Finding(false, "content.editor.check.passive", List.of(), "", ""));
                case "block-capitals" ->
                    findings.add(new Finding(false, "content.editor.check.capitals", List.of(), "", ""));
                default -> {
                    // Length and long words are above; the picture is checked on its own.
                }
            }
        }
        return findings;
    }

    /** Missing picture, or one that cannot be found. */
    public List<Finding> picture(String picture) {
        if (picture == null || picture.isBlank()) {
            return List.of(new Finding(true, "content.editor.check.no-picture", List.of(), "", ""));
        }
        if (!symbols.knows(picture.strip())) {
            return List.of(new Finding(true, "content.editor.check.unknown-picture", List.of(picture.strip()), "", ""));
        }
        return List.of();
    }

    /** The sentence with {@code word} replaced by {@code simpler} (whole words only, the first letter's case kept). */
    public static String replace(String sentence, String word, String simpler) {
        String with = Character.isUpperCase(word.charAt(0)) && !simpler.isEmpty()
                ? Character.toUpperCase(simpler.charAt(0)) + simpler.substring(1)
                : simpler;
        return sentence.replaceAll(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])", Matcher.quoteReplacement(with));
    }
}
