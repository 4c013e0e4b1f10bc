package org.dropinkiosk.config;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.io.Resource;

/** Writes one plain sentence about a wrong setting, in the venue's language: where it is, what it says, what is allowed. */
final class SettingsMistake {

    private SettingsMistake() {}

    /** {@code readable} false: the value could not be read as its kind at all (a word where a number belongs). */
    static String sentence(
            StartupWords words, Origin origin, String prefix, String field, Object value, boolean readable) {
        String name = kebab(field.startsWith(prefix + ".") ? field.substring(prefix.length() + 1) : field);
        String shortName = name.startsWith("kiosk.") ? name.substring("kiosk.".length()) : name;
        String where = where(words, origin);
        StringBuilder s = new StringBuilder(
                value == null
                        ? words.get("config.startup.wrong-no-value", where, shortName)
                        : words.get(
                                readable ? "config.startup.wrong" : "config.startup.cannot-read",
                                where,
                                shortName,
                                value));
        String full = name.startsWith("kiosk.") ? name : kebab(prefix) + "." + name;
        words.allowed(full).ifPresent(allowed -> s.append(' ').append(words.get("config.startup.allowed", allowed)));
        return s.toString();
    }

    /** "Setting mistake in kiosk-config/kiosk.yml, line 3", from the origin Spring tracked. */
    static String where(StartupWords words, Origin origin) {
        if (origin == null) {
            return words.get("config.startup.where", words.get("config.startup.the-settings"));
        }
        Origin root = origin;
        while (!(root instanceof TextResourceOrigin)) {
            Origin next =
                    root instanceof PropertySourceOrigin p && p.getOrigin() != null ? p.getOrigin() : root.getParent();
            if (next == null) {
                break;
            }
            root = next;
        }
        if (root instanceof TextResourceOrigin text && text.getResource() != null) {
            String file = readablePath(text.getResource());
            return text.getLocation() != null
                    ? words.get(
                            "config.startup.where-line",
                            file,
                            text.getLocation().getLine() + 1)
                    : words.get("config.startup.where", file);
        }
        return words.get("config.startup.where", origin.toString());
    }

    /** The file as staff would find it: relative to the folder the kiosk runs in where possible. */
    static String readablePath(Resource resource) {
        try {
            Path file = resource.getFile().toPath().toAbsolutePath().normalize();
            Path here = Path.of("").toAbsolutePath();
            return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
        } catch (IOException | UnsupportedOperationException e) {
            return resource.getDescription();
        }
    }

    static String kebab(String field) {
        return RecordTree.kebab(field);
    }
}
