package org.dropinkiosk.staff;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.SafeYaml;
import org.yaml.snakeyaml.Yaml;

/**
 * The one writer of the staff hashes in kiosk.yml ({@code staff-pin-hash}, {@code staff-recovery-hash}),
 * for {@code SetPin} and the staff area alike: it replaces those lines (or adds them under
 * {@code kiosk:}), keeps every other line and comment, and writes a temporary file then moves it
 * over the old one, so a power cut leaves the old file or the new one, never half of one.
 */
public final class KioskYmlSecrets {

    public static final String PIN_HASH = "staff-pin-hash";
    public static final String RECOVERY_HASH = "staff-recovery-hash";
    private static final String KIOSK = "kiosk\\s*:\\s*(#.*)?";

    private KioskYmlSecrets() {}

    /** Sets each key under {@code kiosk:} to its quoted value, keeping the rest of the file. */
    public static void write(Path yml, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(yml)
                ? new ArrayList<>(Files.readAllLines(yml, StandardCharsets.UTF_8))
                : new ArrayList<>();
        int added = 0;
        for (var value : values.entrySet()) {
            String entry = "  " + value.getKey() + ": \"" + value.getValue() + "\"";
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*" + value.getKey() + "\\s*:.*")) {
                    lines.set(i, entry);
                    replaced = true;
                }
            }
            if (!replaced) {
                if (lines.stream().noneMatch(l -> l.matches(KIOSK))) {
                    lines.add("kiosk:");
                }
                int at = lines.indexOf(
                        lines.stream().filter(l -> l.matches(KIOSK)).findFirst().orElseThrow());
                lines.add(at + 1 + added++, entry);
            }
        }
        KioskFiles.write(yml, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The two hashes as the file has them now (missing keys are absent from the map). */
    public static Map<String, String> read(Path yml) throws IOException {
        String text = Files.readString(yml, StandardCharsets.UTF_8);
        SafeYaml.check(new StringReader(text));
        Object root = new Yaml(SafeYaml.options()).load(text);
        Map<String, String> found = new LinkedHashMap<>();
        if (root instanceof Map<?, ?> top && top.get("kiosk") instanceof Map<?, ?> kiosk) {
            for (String key : List.of(PIN_HASH, RECOVERY_HASH)) {
                Optional.ofNullable(kiosk.get(key)).ifPresent(v -> found.put(key, v.toString()));
            }
        }
        return found;
    }
}
