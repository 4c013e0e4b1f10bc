package org.dropinkiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** groups.yml as staff write it: good items are read, mistakes are named by line, a broken file keeps the last good list. */
class VisitorGroupsTest {

    @TempDir
    Path dir;

    final ConfigProblems problems = new ConfigProblems();
    ConfigStore store;

    VisitorGroups groups() {
        store = TestConfigStore.in(dir, problems);
        return new VisitorGroups(store, new PictureResolver(TestConfigStore.settings(dir, dir)));
    }

    /** Writes the file, and tells the store as the watcher would. */
    void write(String yaml) throws IOException {
        Files.writeString(dir.resolve("groups.yml"), yaml);
        if (store != null) {
            store.changed("groups.yml");
        }
    }

    @Test
    void the_shipped_groups_file_has_no_mistakes() {
        VisitorGroups shipped = new VisitorGroups(
                TestConfigStore.in(Path.of("kiosk-config"), problems),
                new PictureResolver(TestConfigStore.settings(Path.of("kiosk-config"), dir)));
        assertThat(shipped.groups()).isNotEmpty();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void groups_are_read_in_order_with_an_id_made_from_the_name_when_missing() throws IOException {
        write("""
                groups:
                  - name: Speak Up
                    symbol: talk
                  - name: Café Club
                    id: cafe
                    symbol: coffee
                """);
        assertThat(groups().groups())
                .containsExactly(
                        new Group("speak-up", "Speak Up", "talk", null),
                        new Group("cafe", "Café Club", "coffee", null));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_wrong_item_is_left_out_or_mended_and_named_by_line() throws IOException {
        write("""
                groups:
                  - symbol: talk
                  - name: Speak Up
                    symbol: no-such-picture
                  - name: Again
                    id: speak-up
                """);
        VisitorGroups groups = groups();
        assertThat(groups.groups()).containsExactly(new Group("speak-up", "Speak Up", "group_work", null));
        assertThat(problems.all())
                .extracting(ConfigProblem::line, ConfigProblem::field)
                .containsExactly(Tuple.tuple(2, "name"), Tuple.tuple(4, "symbol"), Tuple.tuple(6, "id"));
        assertThat(problems.all().get(1).sentence())
                .isEqualTo(
                        "groups.yml, line 4, symbol: There is no picture 'no-such-picture'. Use a symbol name such as 'talk', or"
                                + " 'pictures/<file>'. The group shows the group picture instead.");
    }

    @Test
    void a_broken_file_keeps_the_last_good_list_until_it_is_mended() throws IOException {
        write("groups:\n  - name: Speak Up\n");
        VisitorGroups groups = groups();
        assertThat(groups.groups()).extracting(Group::name).containsExactly("Speak Up");

        write("groups:\n  - name: Speak Up\n   symbol: [oops\n");
        assertThat(groups.groups()).extracting(Group::name).containsExactly("Speak Up");
        assertThat(problems.all())
                .singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("groups.yml"));

        write("groups:\n  - name: Speak Up\n  - name: Art Group\n");
        assertThat(groups.groups()).extracting(Group::name).containsExactly("Speak Up", "Art Group");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void no_file_means_no_groups_and_no_mistake() {
        assertThat(groups().groups()).isEmpty();
        assertThat(problems.all()).isEmpty();
    }
}
