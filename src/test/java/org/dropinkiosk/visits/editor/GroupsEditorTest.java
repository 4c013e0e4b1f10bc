package org.dropinkiosk.visits.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.EditRefused;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.visits.Group;
import org.dropinkiosk.visits.GroupsSaved;
import org.dropinkiosk.visits.VisitorGroups;
import org.dropinkiosk.visits.editor.GroupsEditor.Opened;
import org.dropinkiosk.visits.editor.GroupsEditor.Problem;
import org.dropinkiosk.visits.editor.GroupsEditor.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** groups.yml saved from the staff page: ids stay, bad input is refused in words, the last good file always stays. */
class GroupsEditorTest {

    static final String FILE = """
            # The groups visitors choose from.
            # Keep an id once visits use it.
            groups:
              - name: Speak Up group
                id: speak-up
                symbol: talk
              - name: Coffee morning
                id: coffee-morning
                symbol: coffee
            """;

    @TempDir
    Path dir;

    final ConfigProblems problems = new ConfigProblems();
    final List<Object> events = new ArrayList<>();
    VisitorGroups groups;

    GroupsEditor editor() throws IOException {
        return editor(dir);
    }

    GroupsEditor editor(Path folder) throws IOException {
        if (!Files.exists(folder.resolve("groups.yml"))) {
            Files.writeString(folder.resolve("groups.yml"), FILE);
        }
        ConfigStore store = TestConfigStore.in(folder, problems, events::add);
        PictureResolver pictures = new PictureResolver(TestConfigStore.settings(folder, folder));
        groups = new VisitorGroups(store, pictures);
        return new GroupsEditor(store, problems, pictures, events::add);
    }

    @Test
    void a_renamed_group_keeps_its_id_and_a_new_one_gets_a_safe_unique_id_from_its_name() throws Exception {
        GroupsEditor editor = editor();
        Opened opened = editor.open();
        assertThat(opened.rows()).extracting(Row::id).containsExactly("speak-up", "coffee-morning");
        List<Row> rows = new ArrayList<>(opened.rows());
        rows.set(0, rows.get(0).named("Speak Up!"));
        Files.createDirectories(dir.resolve("pictures"));
        Files.writeString(dir.resolve("pictures/coffee_maker.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        rows.add(Row.added("Speak up", "coffee_maker"));
        rows.add(Row.added("Café Club ☕", "group_work"));
        rows.add(Row.added("王芳", "group_work"));
        rows.add(0, rows.remove(1)); // Coffee morning first

        Opened saved = editor.save(rows, opened.version());

        assertThat(saved.rows())
                .extracting(Row::id, Row::name)
                .containsExactly(
                        tuple("coffee-morning", "Coffee morning"),
                        tuple("speak-up", "Speak Up!"),
                        tuple("speak-up-2", "Speak up"),
                        tuple("cafe-club", "Café Club ☕"),
                        tuple("group", "王芳"));
        String text = Files.readString(dir.resolve("groups.yml"));
        assertThat(text)
                .startsWith("# The staff area also writes this file")
                .contains("# The groups visitors choose from.\n# Keep an id once visits use it.\n");
        assertThat(groups.shown()).extracting(Group::name).first().isEqualTo("Coffee morning");
        // A venue picture is written as pictures/<file>, which the sign-in screen's buttons find.
        assertThat(groups.byId("speak-up-2")).map(Group::symbol).contains("pictures/coffee_maker.svg");
        assertThat(events)
                .filteredOn(GroupsSaved.class::isInstance)
                .singleElement()
                .asString()
                .contains("5 groups, 0 hidden; added 'Speak up', 'Café Club ☕', '王芳'; 1 changed; removed none");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_hidden_group_stays_in_the_file_but_is_not_offered_at_sign_in() throws Exception {
        GroupsEditor editor = editor();
        Opened opened = editor.open();
        List<Row> rows = new ArrayList<>(opened.rows());
        rows.set(1, rows.get(1).hidden(true));

        editor.save(rows, opened.version());

        assertThat(Files.readString(dir.resolve("groups.yml"))).contains("hidden: true");
        assertThat(groups.shown()).extracting(Group::id).containsExactly("speak-up");
        assertThat(groups.byId("coffee-morning")).map(Group::name).contains("Coffee morning");
        assertThat(editor.open().rows().get(1).hidden()).isTrue();
    }

    @Test
    void a_name_of_ten_thousand_letters_is_refused_in_a_sentence_and_the_file_is_unchanged() throws Exception {
        GroupsEditor editor = editor();
        Opened opened = editor.open();
        List<Row> rows = new ArrayList<>(opened.rows());
        rows.set(0, rows.get(0).named("a".repeat(10_000)));

        assertRefused(editor, rows, opened, new Problem(1, "visits.editor.problem.long-name", List.of(1, 10_000, 40)));
    }

    @Test
    void an_empty_name_and_a_name_used_twice_are_refused() throws Exception {
        GroupsEditor editor = editor();
        Opened opened = editor.open();
        List<Row> rows = new ArrayList<>(opened.rows());
        rows.add(Row.added("   ", "talk"));
        rows.add(Row.added("coffee MORNING", "talk"));

        assertRefused(
                editor,
                rows,
                opened,
                new Problem(3, "visits.editor.problem.empty-name", List.of(3)),
                new Problem(4, "visits.editor.problem.same-name", List.of(4, 2)));
    }

    @Test
    void a_picture_name_that_climbs_out_of_the_pictures_folder_is_refused() throws Exception {
        Files.writeString(dir.resolve("kiosk.yml"), "venue-name: Test\n");
        GroupsEditor editor = editor();
        Opened opened = editor.open();
        List<Row> rows = new ArrayList<>(opened.rows());
        rows.set(0, rows.get(0).showing("../kiosk.yml"));
        rows.set(1, rows.get(1).showing("pictures/../../etc/passwd"));

        assertRefused(
                editor,
                rows,
                opened,
                new Problem(1, "visits.editor.problem.picture", List.of(1, "../kiosk.yml")),
                new Problem(2, "visits.editor.problem.picture", List.of(2, "pictures/../../etc/passwd")));
    }

    @Test
    void more_groups_than_the_sign_in_screen_shows_are_refused_unless_hidden() throws Exception {
        GroupsEditor editor = editor();
        Opened opened = editor.open();
        List<Row> rows = new ArrayList<>(opened.rows());
        IntStream.rangeClosed(1, 9).forEach(i -> rows.add(Row.added("Group " + i, "talk")));

        assertRefused(editor, rows, opened, new Problem(0, "visits.editor.problem.too-many-shown", List.of(10, 11L)));

        rows.set(2, rows.get(2).hidden(true));
        editor.save(rows, opened.version());
        assertThat(groups.shown()).hasSize(Group.MOST_SHOWN);
        assertThat(groups.groups()).hasSize(11);

        List<Row> many = new ArrayList<>();
        IntStream.rangeClosed(1, GroupsEditor.MOST_GROUPS + 1)
                .forEach(i -> many.add(Row.added("Group " + i, "talk").hidden(true)));
        assertThat(editor.check(many))
                .containsExactly(new Problem(0, "visits.editor.problem.too-many", List.of(GroupsEditor.MOST_GROUPS)));
    }

    @Test
    void a_hand_written_file_with_too_many_shown_groups_offers_the_first_ten_and_says_so() throws Exception {
        StringBuilder yaml = new StringBuilder("groups:\n");
        IntStream.rangeClosed(1, 12)
                .forEach(i -> yaml.append("  - name: Group ").append(i).append('\n'));
        Files.writeString(dir.resolve("groups.yml"), yaml.toString());
        editor();

        assertThat(groups.shown()).hasSize(10).last().extracting(Group::name).isEqualTo("Group 10");
        assertThat(problems.all())
                .extracting(ConfigProblem::sentence)
                .first()
                .asString()
                .contains("line 12")
                .contains("The sign-in screen shows at most 10 groups");
    }

    @Test
    void the_second_of_two_staff_saving_at_once_is_told_and_the_first_save_is_kept() throws Exception {
        GroupsEditor editor = editor();
        Opened first = editor.open();
        Opened second = editor.open();
        List<Row> mine = new ArrayList<>(first.rows());
        mine.add(Row.added("Art club", "talk"));
        editor.save(mine, first.version());
        String afterFirst = Files.readString(dir.resolve("groups.yml"));

        List<Row> theirs = new ArrayList<>(second.rows());
        theirs.set(0, theirs.get(0).named("Speakers"));
        assertThatThrownBy(() -> editor.save(theirs, second.version())).isInstanceOf(KioskFiles.ChangedOnDisk.class);

        assertThat(Files.readString(dir.resolve("groups.yml")))
                .isEqualTo(afterFirst)
                .contains("Art club");
        assertThat(groups.groups()).extracting(Group::name).contains("Speak Up group", "Art club");
    }

    @Test
    void load_again_shows_a_hand_edit_before_the_watcher_has_seen_it() throws Exception {
        GroupsEditor editor = editor();
        editor.open();
        Files.writeString(dir.resolve("groups.yml"), FILE + "  - name: Art club\n    symbol: talk\n");

        assertThat(editor.open().rows())
                .extracting(Row::name)
                .containsExactly("Speak Up group", "Coffee morning", "Art club");
    }

    @Test
    void a_full_disk_leaves_the_last_good_file_in_place() throws Exception {
        Path disk = dir.resolve("tiny");
        Files.createDirectories(disk);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
                .redirectErrorStream(true)
                .start();
        assumeTrue(mount.waitFor() == 0, "mounting a tmpfs needs root (CI runs as root)");
        try {
            GroupsEditor editor = editor(disk);
            Opened opened = editor.open();
            fill(disk);
            List<Row> rows = new ArrayList<>(opened.rows());
            IntStream.rangeClosed(1, 8).forEach(i -> rows.add(Row.added("A group with a long name " + i, "talk")));

            assertThatThrownBy(() -> editor.save(rows, opened.version()))
                    .isInstanceOf(IOException.class)
                    .isNotInstanceOf(KioskFiles.ChangedOnDisk.class);

            assertThat(Files.readString(disk.resolve("groups.yml"))).isEqualTo(FILE);
            assertThat(groups.groups()).hasSize(2);
            try (var left = Files.list(disk)) {
                assertThat(left.map(p -> p.getFileName().toString())).doesNotContain(".groups.yml.tmp");
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    private static void fill(Path disk) throws IOException {
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler.bin"))) {
            byte[] chunk = new byte[1024];
            for (int i = 0; i < 1024; i++) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            return;
        }
        throw new IllegalStateException("the 64 KB disk took 1 MB");
    }

    private void assertRefused(GroupsEditor editor, List<Row> rows, Opened opened, Problem... expected)
            throws IOException {
        String before = Files.readString(dir.resolve("groups.yml"));
        assertThatThrownBy(() -> editor.save(rows, opened.version()))
                .isInstanceOfSatisfying(
                        EditRefused.class,
                        e -> assertThat(List.<Object>copyOf(e.problems())).containsExactly((Object[]) expected));
        assertThat(Files.readString(dir.resolve("groups.yml"))).isEqualTo(before);
        assertThat(events).isEmpty();
    }
}
