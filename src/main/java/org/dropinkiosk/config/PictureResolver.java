package org.dropinkiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The one answer to "does this picture exist, and what is its URL", for every feature. A picture is a bundled
 * symbol ({@code talk}, served at {@code symbols/talk.svg}) or a file in kiosk-config/pictures, named
 * {@code pictures/our-logo.png}, {@code our-logo.png} or {@code our-logo}; nothing outside that folder is ever found.
 */
@Component
public class PictureResolver {

    static final String FOLDER = "pictures";
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final List<String> PICTURE_TYPES = List.of(".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif");

    private final Set<String> bundled;
    private final Path pictures;

    @Autowired
    public PictureResolver(KioskSettings settings) {
        this(Bundled.NAMES, settings.configDir().resolve(FOLDER));
    }

    public PictureResolver(Set<String> bundled, Path pictures) {
        this.bundled = Set.copyOf(bundled);
        this.pictures = pictures;
    }

    /** The web path of the picture called {@code name}, if there is one. */
    public Optional<String> url(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String file = name.startsWith(FOLDER + "/") ? name.substring(FOLDER.length() + 1) : name;
        if (!SAFE_NAME.matcher(file).matches() || file.contains("..")) {
            return Optional.empty();
        }
        if (file.equals(name) && bundled.contains(name)) {
            return Optional.of(urlOf(name));
        }
        if (pictures == null || !Files.isDirectory(pictures)) {
            return Optional.empty();
        }
        if (hasType(file) && Files.isRegularFile(pictures.resolve(file))) {
            return Optional.of(FOLDER + "/" + file);
        }
        return PICTURE_TYPES.stream()
                .map(type -> file + type)
                .filter(f -> Files.isRegularFile(pictures.resolve(f)))
                .findFirst()
                .map(f -> FOLDER + "/" + f);
    }

    public boolean exists(String name) {
        return url(name).isPresent();
    }

    public Set<String> bundled() {
        return bundled;
    }

    /** Where a picture already found by {@link #url} is served: a venue picture by its path, a symbol as its SVG. */
    public static String urlOf(String name) {
        return name.contains("/") ? name : "symbols/" + name + ".svg";
    }

    private static boolean hasType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PICTURE_TYPES.stream().anyMatch(lower::endsWith);
    }

    /** The bundled symbols, looked up once: they only change with a new version of the kiosk. */
    private static final class Bundled {
        static final Set<String> NAMES = bundledNames();
    }

    /**
     * The names of the bundled symbols, found on the classpath (META-INF/resources/symbols, copied there
     * from frontend/symbols by the build) and, when run from the project folder, in frontend/symbols itself.
     */
    public static Set<String> bundledNames() {
        Set<String> names = new TreeSet<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(PictureResolver.class.getClassLoader())
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
                files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".svg"))
                        .forEach(f -> names.add(f.substring(0, f.length() - 4)));
            } catch (IOException e) {
                // Only the classpath then.
            }
        }
        names.remove("placeholder");
        return names;
    }
}
