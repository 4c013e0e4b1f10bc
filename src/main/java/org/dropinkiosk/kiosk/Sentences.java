package org.dropinkiosk.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kiosk's one sentence splitter: content pages, the server's speech and the browser's Listen all split
 * text here, so what is shown as a sentence is what is read and highlighted as one (decision 305).
 *
 * <p>A sentence ends at '.', '!', '?' or '…' (and any closing quotes or brackets after it) followed by space,
 * unless the next word starts with a small letter ("e.g. tea") or the dot ends a title or an initial
 * ("Dr. Patel", "J. Smith"). An empty line always ends a sentence. Symbols alone after an end ("Come
 * along! 🎉") stay with the sentence before.
 */
public final class Sentences {

    /** The most characters split, as much as a whole content file; the rest of a longer text is left out. */
    public static final int MAX_CHARS = 512 * 1024;
    /** A sentence longer than this is cut at a space: the speech server refuses more in one request. */
    public static final int LONGEST = 600;

    /** A sentence and its words (split at spaces), as the browser highlights them. */
    public record Sentence(String text, List<String> words) {}

    private static final Pattern END = Pattern.compile("[.!?\u2026]+[\"'\u2019\u201D)\\]]*\\s+");
    private static final Pattern EMPTY_LINE = Pattern.compile("\\R[ \\t\\x0B\\f]*\\R\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Words that end with a dot but rarely end a sentence; "etc." and "a.m." often do, so they are not here.
    private static final Set<String> TITLES = Set.of(
            "dr", "mr", "mrs", "ms", "mx", "prof", "st", "rev", "cllr", "e.g", "i.e", "eg", "ie", "vs", "approx");

    private Sentences() {}

    /** The sentences of {@code text}, spaces tidied; none when it is blank. */
    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        for (String paragraph : EMPTY_LINE.split(bounded(text))) {
            splitParagraph(paragraph, sentences);
        }
        return sentences;
    }

    /** The sentences of {@code text} with their words, for the browser's highlight. */
    public static List<Sentence> withWords(String text) {
        return split(text).stream()
                .map(s -> new Sentence(s, List.of(s.split(" "))))
                .toList();
    }

    private static void splitParagraph(String paragraph, List<String> into) {
        Matcher end = END.matcher(paragraph);
        int start = 0;
        while (end.find()) {
            int next = end.end();
            if (next < paragraph.length() && endsSentence(paragraph, end.start(), end.group(), next)) {
                add(paragraph.substring(start, next), into);
                start = next;
            }
        }
        add(paragraph.substring(start), into);
    }

    private static boolean endsSentence(String text, int stop, String mark, int next) {
        if (Character.isLowerCase(text.codePointAt(next))) {
            return false;
        }
        if (!mark.startsWith(".") || mark.startsWith("..")) {
            return true;
        }
        int from = stop;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, stop).replaceAll("^[\"'\u2018\u201C(\\[]+", "");
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return !initial && !TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String piece, List<String> into) {
        String sentence = SPACES.matcher(piece).replaceAll(" ").strip();
        if (sentence.isEmpty()) {
            return;
        }
        if (!into.isEmpty() && sentence.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // Only symbols (an emoji): they belong to the sentence before.
            into.set(into.size() - 1, into.getLast() + " " + sentence);
            return;
        }
        while (sentence.length() > LONGEST) {
            int cut = sentence.lastIndexOf(' ', LONGEST);
            if (cut <= 0) {
                cut = Character.isHighSurrogate(sentence.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
            }
            into.add(sentence.substring(0, cut).strip());
            sentence = sentence.substring(cut).strip();
        }
        if (!sentence.isEmpty()) {
            into.add(sentence);
        }
    }

    private static String bounded(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, cut);
    }
}
