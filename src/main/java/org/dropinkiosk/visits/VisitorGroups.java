package org.dropinkiosk.visits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigYaml;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.stereotype.Component;

/**
 * The groups in {@code kiosk-config/groups.yml}, read again when the file changes. A broken file
 * never stops sign-in: a wrong item is left out, an unreadable file keeps the last good list, and
 * every mistake goes to {@link ConfigProblems}.
 */
@Component
public class VisitorGroups {

    public static final String NO_GROUP = "none";
    public static final String SUPPORTER = "supporter";
    static final String FILE = "groups.yml";
    private static final String DEFAULT_SYMBOL = "group_work";

    private final Path file;
    private final Path configDir;
    private final ConfigProblems problems;
    private List<Group> groups = List.of();
    private FileTime readAt;

    public VisitorGroups(KioskSettings settings, ConfigProblems problems) {
        this.configDir = settings.configDir();
        this.file = settings.configDir().resolve(FILE);
        this.problems = problems;
        groups();
    }

    /** The groups staff listed, in their order (without "No group" and "I am a supporter"). */
    public synchronized List<Group> groups() {
        FileTime modified = modified();
        if (modified != null && !modified.equals(readAt)) {
            readAt = modified;
            read();
        } else if (modified == null && readAt != null) {
            readAt = null;
            groups = List.of();
            problems.report(FILE, List.of());
        }
        return groups;
    }

    public Optional<Group> byId(String id) {
        return groups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    private void read() {
        ConfigYaml.Result result = ConfigYaml.readList(file, FILE, "groups");
        List<ConfigProblem> found = new ArrayList<>(result.problems());
        if (result.items().isEmpty() && !result.problems().isEmpty()) {
            problems.report(FILE, found);
            return; // unreadable: keep the last good list
        }
        List<Group> read = new ArrayList<>();
        Set<String> ids = new HashSet<>(Set.of(NO_GROUP, SUPPORTER));
        for (ConfigYaml.Item item : result.items()) {
            String name = item.get("name") == null ? "" : item.get("name").strip();
            if (name.isEmpty() || name.length() > 40) {
                found.add(new ConfigProblem(FILE, item.line(), "name", "each group needs a name of 1 to 40 characters."));
                continue;
            }
            String id = item.get("id") == null ? slug(name) : item.get("id").strip();
            if (!id.matches("[a-z0-9-]{1,40}")) {
                found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "an id is 1 to 40 small letters, digits or hyphens, such as young-voices."));
                continue;
            }
            if (!ids.add(id)) {
                found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "the id '" + id + "' is used twice; give each group its own id."));
                continue;
            }
            String symbol = item.get("symbol") == null ? DEFAULT_SYMBOL : item.get("symbol").strip();
            if (!pictureExists(symbol)) {
                found.add(new ConfigProblem(FILE, item.lineOf("symbol"), "symbol", "there is no picture '" + symbol
                        + "'; the group shows the group picture instead."));
                symbol = DEFAULT_SYMBOL;
            }
            read.add(new Group(id, name, symbol));
        }
        groups = List.copyOf(read);
        problems.report(FILE, found);
    }

    private boolean pictureExists(String symbol) {
        if (symbol.startsWith("pictures/")) {
            Path picture = configDir.resolve(symbol).normalize();
            return picture.startsWith(configDir.resolve("pictures").normalize()) && Files.isRegularFile(picture);
        }
        return symbol.matches("[A-Za-z0-9_-]+")
                && VisitorGroups.class.getResource("/META-INF/resources/symbols/" + symbol + ".svg") != null;
    }

    private FileTime modified() {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static String slug(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }
}
