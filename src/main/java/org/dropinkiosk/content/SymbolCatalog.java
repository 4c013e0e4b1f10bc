package org.dropinkiosk.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where a block's picture comes from: a bundled symbol ({@code symbols/<name>.svg}, the Mulberry subset in
 * frontend/symbols) or a file in the venue's kiosk-config/pictures (served at {@code pictures/<file>}).
 */
public final class SymbolCatalog {

    /** Shown for a picture that cannot be found; the checker reports it. */
    public static final String PLACEHOLDER = "symbols/placeholder.svg";

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final List<String> PICTURE_TYPES = List.of(".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif");

    private final Set<String> bundled;
    private final Path pictures;

    public SymbolCatalog(Set<String> bundled, Path pictures) {
        this.bundled = Set.copyOf(bundled);
        this.pictures = pictures;
    }

    /** The web path of the picture called {@code name}, if there is one. */
    public Optional<String> source(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        if (bundled.contains(name)) {
            return Optional.of("symbols/" + name + ".svg");
        }
        if (pictures != null && Files.isDirectory(pictures)) {
            if (hasType(name) && Files.isRegularFile(pictures.resolve(name))) {
                return Optional.of("pictures/" + name);
            }
            for (String type : PICTURE_TYPES) {
                if (Files.isRegularFile(pictures.resolve(name + type))) {
                    return Optional.of("pictures/" + name + type);
                }
            }
        }
        return Optional.empty();
    }

    /** The picture to show: the named one, or the neutral placeholder. */
    public String sourceOrPlaceholder(String name) {
        return source(name).orElse(PLACEHOLDER);
    }

    public boolean knows(String name) {
        return source(name).isPresent();
    }

    public Set<String> bundled() {
        return bundled;
    }

    private static boolean hasType(String name) {
        String lower = name.toLowerCase();
        return PICTURE_TYPES.stream().anyMatch(lower::endsWith);
    }

    /**
     * The names of the bundled symbols, found on the classpath (META-INF/resources/symbols, copied there
     * from frontend/symbols by the build) and, when run from the project folder, in frontend/symbols itself.
     */
    public static Set<String> bundledNames() {
        Set<String> names = new TreeSet<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(SymbolCatalog.class.getClassLoader())
                    .getResources("classpath*:META-INF/resources/symbols/*.svg");
            for (Resource r : found) {
                String file = r.getFilename();
                if (file != null) {
                    names.add(file.substring(0, file.length() - 4));
                }
            }
        } catch (IOException e) {
            // No symbols on the classpath: the folder below may still have them.
        }
        Path folder = Path.of("frontend/symbols");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".svg"))
                        .forEach(f -> names.add(f.substring(0, f.length() - 4)));
            } catch (IOException e) {
                // Only the classpath then.
            }
        }
        names.remove("placeholder");
        return names;
    }
}
