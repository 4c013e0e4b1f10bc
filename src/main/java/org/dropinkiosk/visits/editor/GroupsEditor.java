package org.dropinkiosk.visits.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.EditRefused;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.KioskFiles.Version;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.Slugs;
import org.dropinkiosk.visits.Group;
import org.dropinkiosk.visits.GroupsFile;
import org.dropinkiosk.visits.GroupsSaved;
import org.dropinkiosk.visits.VisitorGroups;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * groups.yml as the staff page changes it: the groups in their order, checked with sentences that name the row,
 * saved through the {@link ConfigStore} only over the version the page opened. A group keeps its id when renamed
 * (visits name it); a new group gets a safe id made from its name.
 */
@Component
public class GroupsEditor {

    /** The most groups the file holds, hidden ones too: a bound on what one save writes. */
    public static final int MOST_GROUPS = 40;

    private static final String DEFAULT_ID = "group";

    /** One group on the page; {@code id} is null until a new group is saved. */
    public record Row(String id, String name, String picture, boolean hidden) {

        public static Row added(String name, String picture) {
            return new Row(null, name, picture, false);
        }

        public Row named(String newName) {
            return new Row(id, newName, picture, hidden);
        }

        public Row showing(String newPicture) {
            return new Row(id, name, newPicture, hidden);
        }

        public Row hidden(boolean hide) {
            return new Row(id, name, picture, hide);
        }
    }

    /** The list as it was read, with the version to save against and the file's mistakes staff should see. */
    public record Opened(List<Row> rows, Version version, List<ConfigProblem> problems) {}

    /** What stops a save; {@code row} counts from 1 as staff see it, 0 for the whole list. */
    public record Problem(int row, String key, List<Object> args) implements EditRefused.Problem {
        public Problem {
            args = List.copyOf(args);
        }
    }

    private final ConfigStore store;
    private final ConfigProblems configProblems;
    private final PictureResolver pictures;
    private final ApplicationEventPublisher events;

    public GroupsEditor(
            ConfigStore store,
            ConfigProblems configProblems,
            PictureResolver pictures,
            ApplicationEventPublisher events) {
        this.store = store;
        this.configProblems = configProblems;
        this.pictures = pictures;
        this.events = events;
    }

    /** The file as it is on disk now: read again first, so a hand edit shows before the watcher's next look. */
    public Opened open() {
        store.changed(GroupsFile.FILE.name());
        List<Row> rows = store.current(GroupsFile.FILE).groups().stream()
                .map(g -> new Row(g.id(), g.name(), g.symbol(), g.isHidden()))
                .toList();
        List<ConfigProblem> mistakes = configProblems.of(GroupsFile.FILE.name());
        return new Opened(rows, store.version(GroupsFile.FILE), mistakes);
    }

    /** Every problem, in row order; empty means the rows can be saved. */
    public List<Problem> check(List<Row> rows) {
        List<Problem> found = new ArrayList<>();
        if (rows.size() > MOST_GROUPS) {
            found.add(new Problem(0, "visits.editor.problem.too-many", List.of(MOST_GROUPS)));
        }
        long shown = rows.stream().filter(r -> !r.hidden()).count();
        if (shown > Group.MOST_SHOWN) {
            found.add(new Problem(0, "visits.editor.problem.too-many-shown", List.of(Group.MOST_SHOWN, shown)));
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            int n = i + 1;
            Row row = rows.get(i);
            String name = strip(row.name());
            if (name.isEmpty()) {
                found.add(new Problem(n, "visits.editor.problem.empty-name", List.of(n)));
            } else if (name.length() > Group.MOST_LETTERS) {
                found.add(new Problem(
                        n, "visits.editor.problem.long-name", List.of(n, name.length(), Group.MOST_LETTERS)));
            } else {
                Integer first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), n);
                if (first != null) {
                    found.add(new Problem(n, "visits.editor.problem.same-name", List.of(n, first)));
                }
            }
            String picture = strip(row.picture());
            if (picture.isEmpty()) {
                found.add(new Problem(n, "visits.editor.problem.no-picture", List.of(n)));
            } else if (!pictures.exists(picture)) {
                found.add(new Problem(
                        n,
                        "visits.editor.problem.picture",
                        List.of(n, picture.length() > 40 ? picture.substring(0, 40) + "…" : picture)));
            }
        }
        return found;
    }

    /**
     * Saves the rows over groups.yml if it still holds {@code version}; returns the list as the kiosk now reads it.
     *
     * @throws EditRefused                  a row has a problem: nothing was written
     * @throws KioskFiles.ChangedOnDisk someone changed the file since it was opened: nothing was written
     * @throws IOException              the disk refused (full, read-only): the last good file is still there
     */
    public Opened save(List<Row> rows, Version version) throws EditRefused, IOException {
        List<Problem> problems = check(rows);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
        List<Group> before = store.current(GroupsFile.FILE).groups();
        Set<String> taken = new HashSet<>(Set.of(VisitorGroups.NO_GROUP, VisitorGroups.SUPPORTER));
        rows.stream().filter(r -> r.id() != null).forEach(r -> taken.add(r.id()));
        List<Group> groups = new ArrayList<>();
        for (Row row : rows) {
            String id = row.id() != null ? row.id() : Slugs.free(Slugs.of(row.name()), DEFAULT_ID, taken);
            groups.add(new Group(id, strip(row.name()), stored(row.picture()), row.hidden() ? Boolean.TRUE : null));
        }
        store.save(GroupsFile.FILE, new GroupsFile(groups), version);
        events.publishEvent(new GroupsSaved(changes(before, groups)));
        return open();
    }

    /** A venue picture as {@code pictures/<file>}, the form every visitor screen finds; a bundled symbol by name. */
    private String stored(String picture) {
        String name = strip(picture);
        return pictures.url(name).filter(url -> url.startsWith("pictures/")).orElse(name);
    }

    /** Counts and group names: a group's name is the venue's, never a visitor's. */
    static String changes(List<Group> before, List<Group> after) {
        Map<String, Group> old = new HashMap<>();
        before.forEach(g -> old.put(g.id(), g));
        List<String> added = new ArrayList<>();
        int changed = 0;
        for (Group g : after) {
            Group was = old.remove(g.id());
            if (was == null) {
                added.add(g.name());
            } else if (!was.equals(g)) {
                changed++;
            }
        }
        long hidden = after.stream().filter(Group::isHidden).count();
        return "Saved groups.yml: " + after.size() + " groups, " + hidden + " hidden; added " + names(added) + "; "
                + changed + " changed; removed "
                + names(old.values().stream().map(Group::name).toList());
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : "'" + String.join("', '", names) + "'";
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
