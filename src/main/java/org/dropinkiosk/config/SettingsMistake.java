package org.dropinkiosk.config;

import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;

/** Writes one plain sentence about a wrong setting: where it is, what it says, what is allowed. */
final class SettingsMistake {

    private SettingsMistake() {}

    static String sentence(Origin origin, String prefix, String field, Object value, String reason) {
        String name = kebab(field.startsWith(prefix + ".") ? field.substring(prefix.length() + 1) : field);
        String shortName = name.startsWith("kiosk.") ? name.substring("kiosk.".length()) : name;
        StringBuilder s =
                new StringBuilder("Setting mistake in ").append(where(origin)).append(": ");
        s.append("'").append(shortName).append("'");
        if (value != null) {
            s.append(" is '").append(value).append("'");
        }
        s.append(" but ")
                .append(reason == null ? "that is not allowed" : reason)
                .append(".");
        String full = name.startsWith("kiosk.") ? name : kebab(prefix) + "." + name;
        SettingsAllowed.of(full)
                .ifPresent(allowed -> s.append(" Allowed: ").append(allowed).append("."));
        return s.toString();
    }

    private static String where(Origin origin) {
        if (origin == null) {
            return "the settings";
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
            String line =
                    text.getLocation() != null ? ", line " + (text.getLocation().getLine() + 1) : "";
            return file + line;
        }
        return origin.toString();
    }

    /** The file as staff would find it: relative to the folder the kiosk runs in where possible. */
    static String readablePath(org.springframework.core.io.Resource resource) {
        try {
            java.nio.file.Path file =
                    resource.getFile().toPath().toAbsolutePath().normalize();
            java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
            return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return resource.getDescription();
        }
    }

    static String kebab(String field) {
        return RecordTree.kebab(field);
    }
}
