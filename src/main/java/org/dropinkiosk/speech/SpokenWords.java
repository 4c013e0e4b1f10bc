package org.dropinkiosk.speech;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The words of a normalised text as FreeTTS counts them: what a request is measured by, and the text of cached timings. */
final class SpokenWords {

    private static final Pattern BETWEEN = Pattern.compile("[\\s\\-\u2010-\u2014/]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]");

    private SpokenWords() {}

    static List<String> of(String normalised) {
        return Arrays.stream(BETWEEN.split(normalised.strip()))
                .map(w -> NOT_WORD.matcher(w).replaceAll("").toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
