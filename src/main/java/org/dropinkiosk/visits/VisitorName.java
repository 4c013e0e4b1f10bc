package org.dropinkiosk.visits;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A visitor's first name as they typed it: trimmed, one space between words, 1 to 60 characters,
 * letters of any language with apostrophes, hyphens and spaces. Anything else (digits, markup,
 * emoji, control characters) is refused with a message key for a friendly sentence.
 *
 * @param name       the cleaned name, or empty when refused
 * @param problemKey the message key saying what is wrong, or null when the name is fine
 */
public record VisitorName(String name, String problemKey) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}' -]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    public static VisitorName check(String typed) {
        if (typed == null) {
            return refused("visits.name.empty");
        }
        String name = Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replace('\u2019', '\'')
                .replace('\u2010', '-')
                .replace('\u2011', '-')
                .strip();
        name = SPACES.matcher(name).replaceAll(" ");
        if (name.isEmpty()) {
            return refused("visits.name.empty");
        }
        if (!ALLOWED.matcher(name).matches() || name.codePoints().noneMatch(Character::isLetter)) {
            return refused("visits.name.letters-only");
        }
        // H2 counts UTF-16 units, PostgreSQL code points: the stricter count fits both columns.
        if (name.length() > MAX_LENGTH) {
            return refused("visits.name.too-long");
        }
        return new VisitorName(name, null);
    }

    public boolean ok() {
        return problemKey == null;
    }

    private static VisitorName refused(String key) {
        return new VisitorName("", key);
    }
}
