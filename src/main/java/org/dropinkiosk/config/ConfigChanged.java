package org.dropinkiosk.config;

/**
 * A file in kiosk-config was added, saved or removed, and (if the store reads it) read again.
 *
 * @param file the file relative to kiosk-config, with '/' between folders, such as {@code groups.yml} or {@code content/01-news.md}
 */
public record ConfigChanged(String file) {

    public boolean is(ConfigFile<?> config) {
        return file.equals(config.name());
    }

    public boolean isIn(String folder) {
        return file.startsWith(folder + "/");
    }
}
