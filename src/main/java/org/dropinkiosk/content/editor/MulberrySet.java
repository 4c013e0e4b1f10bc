package org.dropinkiosk.content.editor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The whole Mulberry symbol set (3,436 SVG pictures with English tags), shipped as one zip resource
 * ({@value #RESOURCE}, 12 MB instead of 34 MB of files) and read from it on demand: decision 403.
 */
public final class MulberrySet implements AutoCloseable {

    public static final String RESOURCE = "mulberry/mulberry-en.zip";
    /** Larger pictures are not offered: the biggest Mulberry symbols are flags of 400 KB. */
    public static final int MAX_SVG_BYTES = 512 * 1024;

    /** One symbol: its name in the set, and the words it is found by. */
    public record Symbol(String name, String label, Set<String> words, Set<String> tags) {}

    private final ZipFile zip;
    private final Path copy;
    private final Map<String, Symbol> symbols;

    private MulberrySet(ZipFile zip, Path copy, Map<String, Symbol> symbols) {
        this.zip = zip;
        this.copy = copy;
        this.symbols = symbols;
    }

    /** Opens the set from the classpath: the zip is copied once to a temporary file, so each picture is read alone. */
    public static MulberrySet fromClasspath() {
        try (InputStream in = MulberrySet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Mulberry symbols (" + RESOURCE + ") are missing from the app");
            }
            Path copy = Files.createTempFile("mulberry-", ".zip");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return open(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("The Mulberry symbols could not be opened", e);
        }
    }

    static MulberrySet open(Path zipFile) throws IOException {
        ZipFile zip = new ZipFile(zipFile.toFile());
        Map<String, Symbol> symbols = new TreeMap<>();
        ZipEntry info = zip.getEntry("symbol-info-en.csv");
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(zip.getInputStream(info), StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                List<String> f = csv(line);
                if (f.size() < 7 || zip.getEntry("EN/" + f.get(1) + ".svg") == null) {
                    continue;
                }
                String name = f.get(1);
                Set<String> tags = words(f.get(4) + " " + f.get(6));
                symbols.put(name, new Symbol(name, label(name), words(name), tags));
            }
        }
        return new MulberrySet(zip, zipFile, symbols);
    }

    public int size() {
        return symbols.size();
    }

    public Optional<Symbol> symbol(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** The symbols for a word, best first: the name itself, a word of the name, the start of the name, a tag. */
    public List<Symbol> search(String word, int limit) {
        String q = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        record Hit(Symbol symbol, int rank) {}
        List<Hit> hits = new ArrayList<>();
        for (Symbol s : symbols.values()) {
            String label = s.label().toLowerCase(Locale.ROOT);
            int rank = label.equals(q)
                    ? 0
                    : s.words().contains(q)
                            ? 1
                            : label.startsWith(q)
                                    ? 2
                                    : s.tags().contains(q) ? 3 : q.length() >= 3 && label.contains(q) ? 4 : -1;
            if (rank >= 0) {
                hits.add(new Hit(s, rank));
            }
        }
        return hits.stream()
                .sorted((a, b) -> a.rank() != b.rank()
                        ? Integer.compare(a.rank(), b.rank())
                        : a.symbol().name().length() != b.symbol().name().length()
                                ? Integer.compare(
                                        a.symbol().name().length(),
                                        b.symbol().name().length())
                                : a.symbol().name().compareTo(b.symbol().name()))
                .limit(limit)
                .map(Hit::symbol)
                .toList();
    }

    /** The picture's SVG text. */
    public byte[] svg(String name) throws IOException {
        if (!symbols.containsKey(name)) {
            throw new IOException("No Mulberry symbol is called " + name);
        }
        ZipEntry entry = zip.getEntry("EN/" + name + ".svg");
        if (entry.getSize() > MAX_SVG_BYTES) {
            throw new IOException("The Mulberry symbol " + name + " is too large to use");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readNBytes(MAX_SVG_BYTES);
        }
    }

    /** What the tile says and shows: "bake" for "bake_,_to", "coffee maker" for "coffee_maker". */
    static String label(String name) {
        return name.replace("_,_to", "")
                .replace('_', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The name the picture gets in kiosk-config/pictures: letters, digits, '_' and '-' only. */
    public static String safeName(String name) {
        String s = name.replace("_,_to", "")
                .replaceAll("[^A-Za-z0-9_-]+", "_")
                .replaceAll("_+", "_")
                .replaceAll("^[_-]+|_+$", "");
        return s.isEmpty() ? "symbol" : s;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** One line of the CSV: commas split fields, except inside double quotes. */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    @Override
    public void close() throws IOException {
        zip.close();
        Files.deleteIfExists(copy);
    }
}
