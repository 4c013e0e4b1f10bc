package org.dropinkiosk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.springframework.context.MessageSource;

/**
 * The mistakes found while one file is read, each named by file, line and field, in the venue's language.
 * A path names a field the way the file is written: {@code sets[0].questions[2].if-bad[1].text}.
 */
public final class Mistakes {

    private static final int MOST_SHOWN = 100;
    private final String file;
    private final ToIntFunction<String> lines;
    private final MessageSource words;
    private final Locale locale;
    private final List<ConfigProblem> found = new ArrayList<>();
    private boolean fileUnusable;

    Mistakes(String file, ToIntFunction<String> lines, MessageSource words, Locale locale) {
        this.file = file;
        this.lines = lines;
        this.words = words;
        this.locale = locale;
    }

    /** A mistake at {@code path}, in the words of message {@code key} (a {@code config.*} key) with {@code args}. */
    public void add(String path, String key, Object... args) {
        found.add(new ConfigProblem(file, lines.applyAsInt(path), field(path), words(key, args)));
    }

    /** The same, followed by what the kiosk did about it (message {@code then}). */
    public void add(String path, String key, Object[] args, String then) {
        found.add(new ConfigProblem(file, lines.applyAsInt(path), field(path), words(key, args) + " " + words(then)));
    }

    /** A mistake in a list item, which is therefore left out. */
    public void leftOut(String path, String key, Object... args) {
        add(path, key, args, "config.left-out");
    }

    /** A mistake that stops the whole file being used: the kiosk keeps the last good version. */
    void unusable(int line, String key, Object... args) {
        fileUnusable = true;
        found.add(new ConfigProblem(file, line, "", words(key, args) + " " + words("config.kept")));
    }

    /** A mistake already added stops the whole file being used. */
    public void keepLastGood() {
        fileUnusable = true;
    }

    boolean fileUnusable() {
        return fileUnusable;
    }

    public List<ConfigProblem> found() {
        return List.copyOf(found);
    }

    /** Message {@code key} in the venue's language; a value from the file is shown short and without control characters. */
    public String words(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof String text ? shown(text) : args[i];
        }
        return words.getMessage(key, shown, key, locale);
    }

    static String shown(String text) {
        String plain = text.replaceAll("\\p{Cntrl}", " ");
        return plain.length() > MOST_SHOWN ? plain.substring(0, MOST_SHOWN) + "…" : plain;
    }

    /** The last named part of a path: {@code text} of {@code sets[0].questions[2].text}. */
    static String field(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int index = last.indexOf('[');
        return index < 0 ? last : last.substring(0, index);
    }
}
