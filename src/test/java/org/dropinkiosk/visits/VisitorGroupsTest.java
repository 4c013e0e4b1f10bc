package org.dropinkiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.KioskSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** groups.yml as staff write it: good items are read, mistakes are named by line, a broken file keeps the last good list. */
class VisitorGroupsTest {

    @TempDir
    Path dir;

    final ConfigProblems problems = new ConfigProblems();

    VisitorGroups groups() {
        return new VisitorGroups(new KioskSettings("Test", "main", Locale.UK, ZoneId.of("Europe/London"),
                Duration.ofSeconds(60), 140, 365, "", dir, dir), problems);
    }

    void write(String yaml, int secondsLater) throws IOException {
        Path file = dir.resolve("groups.yml");
        Files.writeString(file, yaml);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-01T10:00:00Z").plusSeconds(secondsLater)));
    }

    @Test
    void the_shipped_groups_file_has_no_mistakes() {
        VisitorGroups shipped = new VisitorGroups(new KioskSettings("Test", "main", Locale.UK, ZoneId.of("Europe/London"),
                Duration.ofSeconds(60), 140, 365, "", Path.of("kiosk-config"), dir), problems);
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
                """, 0);
        assertThat(groups().groups()).containsExactly(new Group("speak-up", "Speak Up", "talk"), new Group("cafe", "Café Club", "coffee"));
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
                """, 0);
        VisitorGroups groups = groups();
        assertThat(groups.groups()).containsExactly(new Group("speak-up", "Speak Up", "group_work"));
        assertThat(problems.all()).extracting(ConfigProblem::line, ConfigProblem::field)
                .containsExactly(Tuple.tuple(2, "name"), Tuple.tuple(4, "symbol"),
                        Tuple.tuple(6, "id"));
        assertThat(problems.all().get(1).sentence()).isEqualTo(
                "groups.yml, line 4, symbol: there is no picture 'no-such-picture'; the group shows the group picture instead.");
    }

    @Test
    void a_broken_file_keeps_the_last_good_list_until_it_is_mended() throws IOException {
        write("groups:\n  - name: Speak Up\n", 0);
        VisitorGroups groups = groups();
        assertThat(groups.groups()).extracting(Group::name).containsExactly("Speak Up");

        write("groups:\n  - name: Speak Up\n   symbol: [oops\n", 10);
        assertThat(groups.groups()).extracting(Group::name).containsExactly("Speak Up");
        assertThat(problems.all()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo("groups.yml"));

        write("groups:\n  - name: Speak Up\n  - name: Art Group\n", 20);
        assertThat(groups.groups()).extracting(Group::name).containsExactly("Speak Up", "Art Group");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void no_file_means_no_groups_and_no_mistake() {
        assertThat(groups().groups()).isEmpty();
        assertThat(problems.all()).isEmpty();
    }
}
