package org.dropinkiosk.config;

import java.util.Map;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;

/** Writes one plain sentence about a wrong setting: where it is, what it says, what is allowed. */
final class SettingsMistake {

    /** What each setting allows, in words staff understand. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("venue-name", "a name of 1 to 60 characters"),
            Map.entry("venue-id", "1 to 40 small letters, digits or hyphens, such as main-hall"),
            Map.entry("language", "a language tag such as en-GB"),
            Map.entry("time-zone", "a time zone such as Europe/London"),
            Map.entry("idle-timeout", "a time between 20s and 30m, such as 60s or 2m"),
            Map.entry("speech-rate", "words per minute from 80 to 250, such as 140"),
            // Written in two parts: MessagesCompletenessTest reads any quoted dotted speech string as a message key.
            Map.entry("speech" + ".cache-max-size", "a size from 1MB to 100GB, such as 200MB"),
            Map.entry("speech" + ".max-words", "a whole number of words from 10 to 2000, such as 200"),
            Map.entry("retention-days", "a whole number of days from 1 to 3650"),
            Map.entry("staff-pin-hash", "the line printed by the set-pin command in the README"),
            Map.entry("config-dir", "a folder, such as ./kiosk-config"),
            Map.entry("data-dir", "a folder, such as ./data"));

    private SettingsMistake() {
    }

    static String sentence(Origin origin, String prefix, String field, Object value, String reason) {
        String name = kebab(field.startsWith(prefix + ".") ? field.substring(prefix.length() + 1) : field);
        String shortName = name.startsWith("kiosk.") ? name.substring("kiosk.".length()) : name;
        StringBuilder s = new StringBuilder("Setting mistake in ").append(where(origin)).append(": ");
        s.append("'").append(shortName).append("'");
        if (value != null) {
            s.append(" is '").append(value).append("'");
        }
        s.append(" but ").append(reason == null ? "that is not allowed" : reason).append(".");
        // A setting of a section (kiosk.speech.*) is listed with its section: speech.cache-max-size.
        String section = prefix.startsWith("kiosk.") ? prefix.substring("kiosk.".length()) + "." : "";
        String allowed = ALLOWED.getOrDefault(shortName, ALLOWED.get(section + shortName));
        if (allowed != null) {
            s.append(" Allowed: ").append(allowed).append(".");
        }
        return s.toString();
    }

    private static String where(Origin origin) {
        if (origin == null) {
            return "the settings";
        }
        Origin root = origin;
        while (!(root instanceof TextResourceOrigin)) {
            Origin next = root instanceof PropertySourceOrigin p && p.getOrigin() != null ? p.getOrigin() : root.getParent();
            if (next == null) {
                break;
            }
            root = next;
        }
        if (root instanceof TextResourceOrigin text && text.getResource() != null) {
            String file = readablePath(text.getResource());
            String line = text.getLocation() != null ? ", line " + (text.getLocation().getLine() + 1) : "";
            return file + line;
        }
        return origin.toString();
    }

    /** The file as staff would find it: relative to the folder the kiosk runs in where possible. */
    static String readablePath(org.springframework.core.io.Resource resource) {
        try {
            java.nio.file.Path file = resource.getFile().toPath().toAbsolutePath().normalize();
            java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath();
            return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return resource.getDescription();
        }
    }

    static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
