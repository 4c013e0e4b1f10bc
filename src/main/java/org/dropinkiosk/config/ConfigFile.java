package org.dropinkiosk.config;

import java.util.function.Supplier;

/**
 * One YAML file of kiosk-config and the record it is bound to. A missing file is read as {@code empty}
 * (decision 1701): a venue without the file simply has none of it, and no mistake is shown.
 *
 * @param name  the file relative to kiosk-config, such as {@code groups.yml}
 * @param type  the record the whole file is bound to; its Bean Validation annotations are the file's rules
 * @param empty what the file means when it is missing or holds nothing
 */
public record ConfigFile<T extends Record>(String name, Class<T> type, Supplier<T> empty) {

    public static <T extends Record> ConfigFile<T> of(String name, Class<T> type, Supplier<T> empty) {
        return new ConfigFile<>(name, type, empty);
    }
}
