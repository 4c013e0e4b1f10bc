package org.dropinkiosk.content.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.KioskFiles.Version;
import org.dropinkiosk.config.Slugs;
import org.dropinkiosk.content.ContentFile;
import org.dropinkiosk.content.ContentFolder;
import org.dropinkiosk.content.ContentPage;
import org.dropinkiosk.content.ContentParser;
import org.dropinkiosk.kiosk.Messages;

/**
 * The News pages in kiosk-config/content as the staff area changes them: one file is one page in the list (its
 * parts under headings stay together). Every write goes through {@link KioskFiles} against the version read,
 * so a hand edit or a second staff member's save since is never overwritten; every change is recorded.
 */
public final class NewsPages {

    /** Who records what the staff area changed: the audit trail. */
    @FunctionalInterface
    public interface Record {
        void changed(String action, String detail);
    }

    /** A page in the list: a file that reads well (title, headings) or a broken one (its problems). */
    public record Entry(String file, String title, int order, List<String> headings, List<ConfigProblem> problems) {
        public boolean isBroken() {
            return !problems.isEmpty();
        }
    }

    /** A page opened for editing, with the version to save against. */
    public record Opened(String file, NewsDraft draft, Version version) {}

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\\.md");
    private static final Pattern ORDER_LINE = Pattern.compile("(?m)^[ \\t]*order[ \\t]*:.*$");
    private static final int MAX_SLUG = 40;

    private final Path folder;
    private final Record record;
    private final Runnable changed;
    private final Messages words;

    /**
     * @param changed called after each write, so the visitor News reads the folder again at once
     * @param words   the words of a page's mistakes
     */
    public NewsPages(Path folder, Record record, Runnable changed, Messages words) {
        this.folder = folder;
        this.record = record;
        this.changed = changed;
        this.words = words;
    }

    public Path folder() {
        return folder;
    }

    /** The pages in the order the kiosk shows them: by order, then by file name. */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        for (ContentFile file : ContentFolder.read(folder, "", words)) {
            String text = readQuietly(file.file());
            String title = NewsMarkdown.frontMatterTitle(text);
            entries.add(new Entry(
                    file.file(),
                    title.isBlank() ? file.file() : title,
                    file.order(),
                    file.pages().stream().map(ContentPage::title).toList(),
                    file.problems()));
        }
        entries.sort(Comparator.comparingInt(Entry::order).thenComparing(Entry::file));
        return entries;
    }

    /** Opens a page; empty when the name is not one of the folder's pages. A broken page opens with a null draft. */
    public Optional<Opened> open(String file) throws IOException {
        Optional<Path> path = page(file);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        KioskFiles.Snapshot snapshot = KioskFiles.read(path.get());
        if (snapshot.version().equals(Version.MISSING)) {
            return Optional.empty();
        }
        return Optional.of(new Opened(file, NewsMarkdown.read(file, snapshot.text(), words), snapshot.version()));
    }

    /**
     * Saves the draft over the file if it still holds {@code version}; returns the new version.
     *
     * @throws SaveRefused                a rule is broken; nothing was written
     * @throws KioskFiles.ChangedOnDisk   someone changed the file since it was opened; nothing was written
     * @throws IOException                the disk refused (full, read-only); the last good file is still there
     */
    public Version save(String file, NewsDraft draft, Version version) throws SaveRefused, IOException {
        Path path = page(file).orElseThrow(() -> new SaveRefused(NewsProblem.of("content.editor.problem.file-name")));
        String text = NewsMarkdown.checked(draft, file, words);
        Version saved = KioskFiles.write(path, text, version);
        record.changed("news-save", "Saved the News page '" + draft.title.strip() + "' (" + file + ")");
        changed.run();
        return saved;
    }

    /** Makes a new page with the title and one block, last in the order; returns its file name. */
    public String add(NewsDraft draft) throws SaveRefused, IOException {
        String file = freeName(slug(draft.title));
        draft.order = nextOrder();
        String text = NewsMarkdown.checked(draft, file, words);
        KioskFiles.write(folder.resolve(file), text, Version.MISSING);
        record.changed("news-add", "Added the News page '" + draft.title.strip() + "' (" + file + ")");
        changed.run();
        return file;
    }

    /** Copies a page as a new page at the end, its title marked; returns the new file's name. */
    public String copy(String file, String copyTitle) throws SaveRefused, IOException {
        Opened opened =
                open(file).orElseThrow(() -> new SaveRefused(NewsProblem.of("content.editor.problem.file-name")));
        if (opened.draft() == null) {
            throw new SaveRefused(NewsProblem.of("content.editor.problem.broken"));
        }
        NewsDraft copy = opened.draft().copy();
        copy.title = copyTitle;
        String name = freeName(slug(copyTitle));
        copy.order = nextOrder();
        String text = NewsMarkdown.checked(copy, name, words);
        KioskFiles.write(folder.resolve(name), text, Version.MISSING);
        record.changed("news-add", "Copied the News page " + file + " as '" + copyTitle + "' (" + name + ")");
        changed.run();
        return name;
    }

    /**
     * Moves a page one place up (-1) or down (+1): the pages are numbered 1, 2, 3 in their new order, changing
     * only the 'order:' line of the files whose number changes (the rest of a hand-written file stays as it is).
     */
    public void move(String file, int step) throws IOException {
        List<Entry> entries =
                new ArrayList<>(list().stream().filter(e -> !e.isBroken()).toList());
        int from = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).file().equals(file)) {
                from = i;
            }
        }
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= entries.size()) {
            return;
        }
        entries.add(to, entries.remove(from));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.order() != i + 1) {
                Path path = folder.resolve(e.file());
                KioskFiles.Snapshot snapshot = KioskFiles.read(path);
                KioskFiles.write(path, withOrder(snapshot.text(), i + 1), snapshot.version());
            }
        }
        record.changed("news-order", "Moved the News page " + file + (step < 0 ? " up" : " down"));
        changed.run();
    }

    /** Removes a page if it still holds {@code version}. */
    public void remove(String file, Version version) throws SaveRefused, IOException {
        Path path = page(file).orElseThrow(() -> new SaveRefused(NewsProblem.of("content.editor.problem.file-name")));
        if (!KioskFiles.read(path).version().equals(version)) {
            throw new SaveRefused(NewsProblem.of("content.editor.changed"));
        }
        String title = NewsMarkdown.frontMatterTitle(KioskFiles.read(path).text());
        Files.delete(path);
        record.changed("news-remove", "Removed the News page '" + title + "' (" + file + ")");
        changed.run();
    }

    /** The path of a page file named by the browser: only a plain .md name directly in the folder. */
    Optional<Path> page(String file) {
        if (file == null || !FILE_NAME.matcher(file).matches() || file.contains("..")) {
            return Optional.empty();
        }
        Path path = folder.resolve(file).normalize();
        return path.getParent().equals(folder.normalize()) ? Optional.of(path) : Optional.empty();
    }

    /** The front matter's order line set to {@code order} (added after the title when there is none). */
    static String withOrder(String text, int order) {
        int start = text.indexOf("---");
        int end = start < 0 ? -1 : text.indexOf("\n---", start + 3);
        if (end < 0) {
            return text;
        }
        String front = text.substring(0, end);
        Matcher m = ORDER_LINE.matcher(front);
        String changedFront = m.find()
                ? front.substring(0, m.start()) + "order: " + order + front.substring(m.end())
                : front + "\norder: " + order;
        return changedFront + text.substring(end);
    }

    private int nextOrder() {
        return list().stream()
                        .filter(e -> !e.isBroken())
                        .mapToInt(Entry::order)
                        .max()
                        .orElse(0)
                + 1;
    }

    private String freeName(String slug) {
        String name = slug + ".md";
        for (int n = 2; Files.exists(folder.resolve(name)); n++) {
            name = slug + "-" + n + ".md";
        }
        return name;
    }

    /** A safe file name from a title: lower-case letters, digits and dashes. */
    static String slug(String title) {
        String s = Slugs.of(title, MAX_SLUG);
        return s.isEmpty() ? "news" : s;
    }

    private String readQuietly(String file) {
        try {
            return Files.size(folder.resolve(file)) > ContentParser.MAX_BYTES
                    ? ""
                    : Files.readString(folder.resolve(file));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
