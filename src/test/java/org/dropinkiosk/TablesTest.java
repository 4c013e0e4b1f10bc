package org.dropinkiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another's tables: it asks that module or publishes an event (decision 1702). The
 * owner of a table is the module whose migration created it; backups copies and restores the whole database.
 */
class TablesTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/dropinkiosk");

    /** Which module each migration that creates tables belongs to. */
    private static final Map<String, String> MIGRATION_OWNER = Map.of(
            "V1__foundation.sql", "audit",
            "V2__visits.sql", "visits",
            "V3__meetings.sql", "meetings",
            "V4__ratings.sql", "ratings");

    /** Works on the database as a whole, by decision 1702: a backup is one file, a restore swaps it. */
    private static final String WHOLE_DATABASE = "backups";

    private static final Pattern CREATE = Pattern.compile("(?i)CREATE TABLE (?:IF NOT EXISTS )?(\\w+)");
    private static final Pattern USE = Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(\\w+)");

    @Test
    void every_table_has_an_owner() throws IOException {
        assertThat(owners()).containsKeys("audit_event", "visit", "visitor", "meeting", "answer", "reply");
    }

    @Test
    void no_module_touches_another_modules_tables() throws IOException {
        Map<String, String> owners = owners();
        List<String> trespass = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                String module =
                        relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                if (module.equals(WHOLE_DATABASE)) {
                    continue;
                }
                Matcher use = USE.matcher(Files.readString(file));
                while (use.find()) {
                    String owner = owners.get(use.group(1).toLowerCase(Locale.ROOT));
                    if (owner != null && !owner.equals(module)) {
                        trespass.add(relative + " uses " + use.group(1) + " of " + owner);
                    }
                }
            }
        }
        assertThat(trespass).isEmpty();
    }

    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    String owner = MIGRATION_OWNER.get(file.getFileName().toString());
                    assertThat(owner)
                            .as(file.getFileName() + " creates a table: say which module owns it")
                            .isNotNull();
                    owners.put(create.group(1).toLowerCase(Locale.ROOT), owner);
                }
            }
        }
        return owners;
    }
}
