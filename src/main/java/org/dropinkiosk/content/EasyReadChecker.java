package org.dropinkiosk.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks content against the easy-read rules (product.md). Errors: a broken file, a sentence over
 * 15 words, a block with no picture, a picture that cannot be found. Advice: hard words (four or more
 * syllables, not on the allowed list), passive voice, block capitals, more than three sentences.
 */
public final class EasyReadChecker {

    public static final int MAX_WORDS = 15;
    public static final int HARD_SYLLABLES = 4;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’:.-]*");
    private static final Set<String> BE =
            Set.of("am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't");
    private static final Set<String> BETWEEN = Set.of(
            "not",
            "never",
            "always",
            "often",
            "already",
            "also",
            "just",
            "being",
            "been",
            "all",
            "usually",
            "sometimes");
    private static final Set<String> IRREGULAR = Set.of(
            "made",
            "done",
            "given",
            "taken",
            "paid",
            "told",
            "known",
            "seen",
            "written",
            "held",
            "sent",
            "brought",
            "bought",
            "built",
            "chosen",
            "found",
            "kept",
            "left",
            "said",
            "shown",
            "spoken",
            "understood",
            "heard",
            "led",
            "meant",
            "put",
            "set",
            "run",
            "won",
            "lost",
            "sold",
            "taught",
            "thought",
            "forgotten",
            "driven",
            "eaten",
            "broken",
            "stolen",
            "beaten",
            "hurt",
            "cut",
            "let",
            "shut");
    /** Words ending in -ed that usually describe a feeling or state, not a passive action. */
    private static final Set<String> NOT_PASSIVE = Set.of(
            "interested",
            "tired",
            "excited",
            "worried",
            "bored",
            "scared",
            "pleased",
            "married",
            "closed",
            "open",
            "ready",
            "need",
            "needed",
            "red",
            "bed",
            "shed",
            "sacred",
            "naked",
            "wicked",
            "allowed",
            "supposed",
            "based",
            "related",
            "used");

    private final Set<String> allowed;
    private final SymbolCatalog symbols;

    /** @param allowed words of four or more syllables that are fine (lower case), from allowed-words.txt */
    public EasyReadChecker(Set<String> allowed, SymbolCatalog symbols) {
        this.allowed = allowed.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.symbols = symbols;
    }

    /** Checks every file: the problems of a broken file are errors; the pages of a good one are checked by rule. */
    public List<EasyReadFinding> check(List<ContentFile> files) {
        List<EasyReadFinding> findings = new ArrayList<>();
        for (ContentFile file : files) {
            file.problems()
                    .forEach(p -> findings.add(new EasyReadFinding(
                            p.file(),
                            p.line(),
                            true,
                            "format",
                            (p.field() == null || p.field().isBlank() ? "" : p.field() + ": ") + p.message())));
            for (ContentPage page : file.pages()) {
                findings.addAll(checkPage(page));
            }
        }
        findings.sort(Comparator.comparing(EasyReadFinding::file).thenComparingInt(EasyReadFinding::line));
        return findings;
    }

    public List<EasyReadFinding> checkPage(ContentPage page) {
        List<EasyReadFinding> findings = new ArrayList<>();
        String file = page.file();
        for (ContentBlock block : page.blocks()) {
            int line = block.line();
            if (!block.hasPicture()) {
                findings.add(new EasyReadFinding(
                        file,
                        line,
                        true,
                        "no-picture",
                        "this block has no picture. Start it with ![what it shows](symbol-name)."));
            } else if (!symbols.knows(block.picture())) {
                findings.add(
                        new EasyReadFinding(
                                file,
                                line,
                                true,
                                "unknown-symbol",
                                "the picture '" + block.picture()
                                        + "' was not found among the symbols or in kiosk-config/pictures. A grey placeholder shows instead."));
            }
            if (block.sentences().size() > 3) {
                findings.add(new EasyReadFinding(
                        file,
                        line,
                        false,
                        "too-many-sentences",
                        "this block has " + block.sentences().size()
                                + " sentences. Use one to three; start a new block for more."));
            }
            for (String sentence : block.sentences()) {
                check(sentence, file, line, findings);
            }
        }
        return findings;
    }

    private void check(String sentence, String file, int line, List<EasyReadFinding> findings) {
        List<String> words = words(sentence);
        String start = quoteStart(sentence);
        if (words.size() > MAX_WORDS) {
            findings.add(new EasyReadFinding(
                    file,
                    line,
                    true,
                    "long-sentence",
                    "the sentence '" + start + "' has " + words.size() + " words. Use " + MAX_WORDS
                            + " or fewer: split it in two."));
        }
        for (String word : words) {
            if (isHard(word)) {
                findings.add(
                        new EasyReadFinding(
                                file,
                                line,
                                false,
                                "hard-word",
                                "'" + word
                                        + "' is a long word. Use an everyday word, or explain it in the next sentence and add it to allowed-words.txt."));
            }
        }
        passive(words)
                .ifPresent(p -> findings.add(new EasyReadFinding(
                        file,
                        line,
                        false,
                        "passive",
                        "'" + p + "' sounds passive. Say who does it: 'The NHS pays us' rather than 'We are paid'.")));
        if (blockCapitals(words)) {
            findings.add(new EasyReadFinding(
                    file,
                    line,
                    false,
                    "block-capitals",
                    "the sentence '" + start
                            + "' uses BLOCK CAPITALS. Capitals are hard to read: write it in normal letters."));
        }
    }

    public static List<String> words(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group().replaceAll("[.:'’-]+$", "");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    public boolean isHard(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.chars().anyMatch(Character::isDigit) || allowed.contains(lower) || allowed.contains(stem(lower))) {
            return false;
        }
        for (String part : lower.split("-")) {
            if (!allowed.contains(part) && !allowed.contains(stem(part)) && syllables(part) >= HARD_SYLLABLES) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String word) {
        if (word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** An estimate good enough for a warning: groups of vowels, less a silent e. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.length() <= 3) {
            return w.isEmpty() ? 0 : 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouy]e|ed)$", "");
        w = w.replaceAll("^y", "");
        Matcher m = Pattern.compile("[aeiouy]+").matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (w.matches(".*(ia|io|iu)[^aeiouy].*|.*(ia|io|iu)$") && !w.matches(".*(tion|sion|cio|gio|cia|tia).*")) {
            count++;
        }
        return Math.max(1, count);
    }

    static Optional<String> passive(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (!BE.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int j = i + 1;
            while (j < words.size() - 1 && BETWEEN.contains(words.get(j).toLowerCase(Locale.ROOT))) {
                j++;
            }
            String next = words.get(j).toLowerCase(Locale.ROOT);
            boolean participle = IRREGULAR.contains(next) || next.length() > 4 && next.endsWith("ed");
            if (participle && !NOT_PASSIVE.contains(next)) {
                return Optional.of(String.join(" ", words.subList(i, j + 1)));
            }
        }
        return Optional.empty();
    }

    /** Two words in capitals in a row, one of them four letters or more (NHS alone is fine). */
    static boolean blockCapitals(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            String a = words.get(i);
            String b = words.get(i + 1);
            if (capitals(a) && capitals(b) && (letters(a) >= 4 || letters(b) >= 4)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitals(String word) {
        return letters(word) >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static int letters(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }

    private static String quoteStart(String sentence) {
        return sentence.length() <= 40 ? sentence : sentence.substring(0, 40) + "...";
    }

    public static long errors(List<EasyReadFinding> findings) {
        return findings.stream().filter(EasyReadFinding::error).count();
    }
}
