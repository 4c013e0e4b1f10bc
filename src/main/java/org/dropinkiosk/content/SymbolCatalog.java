package org.dropinkiosk.content;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.dropinkiosk.config.PictureResolver;

/**
 * Where a block's picture comes from, as the {@link PictureResolver} finds it: a bundled symbol ({@code symbols/<name>.svg})
 * or a file in the venue's kiosk-config/pictures ({@code pictures/<file>}); a missing one shows the placeholder.
 */
public final class SymbolCatalog {

    /** Shown for a picture that cannot be found; the checker reports it. */
    public static final String PLACEHOLDER = "symbols/placeholder.svg";

    private final PictureResolver pictures;

    public SymbolCatalog(PictureResolver pictures) {
        this.pictures = pictures;
    }

    public SymbolCatalog(Set<String> bundled, Path pictures) {
        this(new PictureResolver(bundled, pictures));
    }

    /** The web path of the picture called {@code name}, if there is one. */
    public Optional<String> source(String name) {
        return pictures.url(name);
    }

    /** The picture to show: the named one, or the neutral placeholder. */
    public String sourceOrPlaceholder(String name) {
        return source(name).orElse(PLACEHOLDER);
    }

    public boolean knows(String name) {
        return source(name).isPresent();
    }

    public Set<String> bundled() {
        return pictures.bundled();
    }

    /** The names of the bundled symbols (see {@link PictureResolver#bundledNames()}). */
    public static Set<String> bundledNames() {
        return PictureResolver.bundledNames();
    }
}
