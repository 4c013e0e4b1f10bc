package org.dropinkiosk.config;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Safe ids and file names made from a venue's own words (a group's name, a set's title, a News page's title): one
 * rule for every file the staff area writes, so an id never holds a space, an accent, a slash or a dot.
 */
public final class Slugs {

    /** The longest id a kiosk-config file takes. */
    public static final int MOST_LETTERS = 40;

    private Slugs() {}

    /** Small letters, digits and dashes, accents dropped, at most {@code most} letters; empty when no Latin letter. */
    public static String of(String words, int most) {
        String slug = Normalizer.normalize(words == null ? "" : words.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.length() > most ? slug.substring(0, most).replaceAll("-+$", "") : slug;
    }

    public static String of(String words) {
        return of(words, MOST_LETTERS);
    }

    /**
     * The slug (or {@code fallback} when there is none), with -2, -3 ... added until no id in {@code taken} has it;
     * never longer than {@link #MOST_LETTERS}. The id returned is added to {@code taken}.
     */
    public static String free(String slug, String fallback, Set<String> taken) {
        String base = slug.isEmpty() ? fallback : slug;
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            String suffix = "-" + n;
            id = (base.length() + suffix.length() > MOST_LETTERS
                            ? base.substring(0, MOST_LETTERS - suffix.length())
                            : base)
                    + suffix;
        }
        return id;
    }
}
