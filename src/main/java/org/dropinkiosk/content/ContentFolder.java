package org.dropinkiosk.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dropinkiosk.kiosk.Messages;

/** The files of a content folder (kiosk-config/content): its pages (*.md) and its allowed long words. */
public final class ContentFolder {

    public static final String ALLOWED_WORDS = "allowed-words.txt";

    private ContentFolder() {}

    /** The *.md files, by name. A missing folder has none. */
    public static List<Path> pageFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads each file; one that cannot be read at all comes back broken, never thrown. */
    public static List<ContentFile> read(Path folder, String prefix, Messages words) {
        List<ContentFile> files = new ArrayList<>();
        for (Path f : pageFiles(folder)) {
            String name = prefix + f.getFileName();
            try {
                files.add(ContentParser.parse(name, Files.readAllBytes(f), words));
            } catch (IOException | OutOfMemoryError e) {
                files.add(ContentParser.broken(name, 0, words.get("content.mistake.unopened")));
            }
        }
        return files;
    }

    /** One word a line; '#' starts a comment. */
    public static Set<String> allowedWords(Path folder) {
        Set<String> words = new TreeSet<>();
        Path file = folder.resolve(ALLOWED_WORDS);
        if (!Files.isRegularFile(file)) {
            return words;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String w = line.replaceAll("#.*", "").strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            // An unreadable list allows nothing extra; the checker only warns about long words.
        }
        return words;
    }

    /** Pages of all good files, by their order, then file name, then as written. */
    public static List<ContentPage> pages(List<ContentFile> files) {
        return files.stream()
                .sorted(java.util.Comparator.comparingInt(ContentFile::order).thenComparing(ContentFile::file))
                .flatMap(f -> f.pages().stream())
                .toList();
    }
}
