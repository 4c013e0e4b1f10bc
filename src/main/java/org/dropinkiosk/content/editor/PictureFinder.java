package org.dropinkiosk.content.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dropinkiosk.config.KioskFiles;

/**
 * Finds pictures by a word among the venue's own (kiosk-config/pictures) and the whole Mulberry set. A chosen
 * Mulberry symbol is copied into kiosk-config/pictures, so the page's file names a picture the venue has.
 */
public final class PictureFinder {

    public enum Source {
        VENUE,
        MULBERRY
    }

    /** One result: {@code name} is the venue file's name or the Mulberry symbol's; {@code label} is said and shown. */
    public record Found(Source source, String name, String label) {}

    private static final Pattern SAFE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final List<String> TYPES = List.of(".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif");
    /** A pictures folder is read up to this many files per search. */
    private static final int MAX_VENUE_FILES = 5000;

    private final MulberrySet mulberry;
    private final Path pictures;
    private final Set<String> bundled;

    /** @param bundled the symbols the app serves itself (frontend/symbols): used by name, never copied */
    public PictureFinder(MulberrySet mulberry, Path pictures, Set<String> bundled) {
        this.mulberry = mulberry;
        this.pictures = pictures;
        this.bundled = Set.copyOf(bundled);
    }

    public Path pictures() {
        return pictures;
    }

    /** The venue's pictures first, then Mulberry symbols, at most {@code limit} in all. */
    public List<Found> search(String word, int limit) {
        String q = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || q.length() > 40) {
            return List.of();
        }
        List<Found> found = new ArrayList<>(venue(q, limit));
        mulberry.search(q, limit - found.size())
                .forEach(s -> found.add(new Found(Source.MULBERRY, s.name(), s.label())));
        return found;
    }

    private List<Found> venue(String q, int limit) {
        if (!Files.isDirectory(pictures)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pictures)) {
            return files.limit(MAX_VENUE_FILES)
                    .filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.getFileName().toString())
                    .filter(n -> SAFE_FILE.matcher(n).matches()
                            && TYPES.stream().anyMatch(n.toLowerCase(Locale.ROOT)::endsWith))
                    .filter(n -> n.toLowerCase(Locale.ROOT).contains(q))
                    .sorted()
                    .limit(limit)
                    .map(n -> new Found(Source.VENUE, n, label(n)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The Mulberry picture's SVG, for its tile. */
    public byte[] svg(Found found) throws IOException {
        return mulberry.svg(found.name());
    }

    /**
     * The name to write in the page for a chosen picture. A Mulberry symbol the app does not serve itself is
     * copied to kiosk-config/pictures under a safe name that no other picture there uses.
     */
    public String use(Found found) throws IOException {
        if (found.source() == Source.VENUE) {
            if (!SAFE_FILE.matcher(found.name()).matches() || found.name().contains("..")) {
                throw new IOException("not a picture name: " + found.name());
            }
            return found.name();
        }
        if (bundled.contains(found.name())) {
            return found.name();
        }
        byte[] svg = mulberry.svg(found.name());
        String safe = MulberrySet.safeName(found.name());
        for (int n = 1; ; n++) {
            String name = n == 1 ? safe : safe + "_" + n;
            Path file = pictures.resolve(name + ".svg");
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), svg) && !takenOtherwise(name)) {
                return name;
            }
            if (!Files.exists(file) && !takenOtherwise(name) && !bundled.contains(name)) {
                KioskFiles.write(file, svg);
                return name;
            }
        }
    }

    /** Another picture answers to the name already (coffee.png for "coffee"). */
    private boolean takenOtherwise(String name) {
        return Files.exists(pictures.resolve(name))
                || TYPES.stream()
                        .filter(t -> !t.equals(".svg"))
                        .anyMatch(t -> Files.exists(pictures.resolve(name + t)));
    }

    private static String label(String file) {
        int dot = file.lastIndexOf('.');
        return (dot > 0 ? file.substring(0, dot) : file)
                .replace('_', ' ')
                .replace('-', ' ')
                .strip();
    }
}
