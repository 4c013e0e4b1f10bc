package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dropinkiosk.ratings.QuestionsFile;
import org.dropinkiosk.visits.Group;
import org.dropinkiosk.visits.GroupsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save keeps the comments that stand above an entry (a key or a list item) and the order of the list, on the
 * shapes of groups.yml, questions.yml and meetings.yml: a comment follows its item when items move, and goes with
 * an item that is removed.
 */
class ConfigStoreCommentsTest {

    /** The shape of meetings.yml (a comment above a field inside an item); its dates as text, so quoted. */
    record Meeting(String title, String kind, String first, String start) {}

    record MeetingsShape(List<Meeting> meetings) {}

    static final ConfigFile<MeetingsShape> MEETINGS =
            ConfigFile.of("meetings.yml", MeetingsShape.class, () -> new MeetingsShape(List.of()));

    @TempDir
    Path dir;

    private final ConfigProblems problems = new ConfigProblems();

    private String file(String name) throws Exception {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void a_comment_above_a_group_follows_it_when_groups_move_and_goes_when_its_group_goes() throws Exception {
        Files.writeString(dir.resolve("groups.yml"), """
                # The groups visitors choose from.
                groups:
                  # Our oldest group: keep its id.
                  - name: Speak Up group
                    id: speak-up
                    symbol: talk
                  # Mornings only, in the café.
                  # Bring cups.
                  - name: Coffee morning
                    id: coffee-morning
                    symbol: coffee
                  # Gone next year.
                  - name: Network meeting
                    id: network
                    symbol: meet
                """);
        ConfigStore store = TestConfigStore.in(dir, problems);
        GroupsFile read = store.register(GroupsFile.FILE, (f, m) -> f);
        List<Group> moved =
                new ArrayList<>(List.of(read.groups().get(1), read.groups().get(0)));

        store.save(GroupsFile.FILE, new GroupsFile(moved), store.version(GroupsFile.FILE));

        assertThat(file("groups.yml")).isEqualTo("""
                %s
                # The groups visitors choose from.
                groups:
                  # Mornings only, in the café.
                  # Bring cups.
                  - name: Coffee morning
                    id: coffee-morning
                    symbol: coffee
                  # Our oldest group: keep its id.
                  - name: Speak Up group
                    id: speak-up
                    symbol: talk
                """.formatted(ConfigStore.STAFF_WRITES));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void every_comment_of_the_venues_questions_file_stays_where_it_was_when_it_is_saved_as_read() throws Exception {
        String original = Files.readString(Path.of("kiosk-config/questions.yml"))
                .replace("      - id: start-to-finish\n", "      # Asked since 2024.\n      - id: start-to-finish\n")
                .replace(
                        "          - id: decided-first\n",
                        "          # The one most chosen.\n          - id: decided-first\n");
        Files.writeString(dir.resolve("questions.yml"), original);
        ConfigStore store = TestConfigStore.in(dir, problems);
        QuestionsFile read = store.register(QuestionsFile.FILE, (f, m) -> f);

        store.save(QuestionsFile.FILE, read, store.version(QuestionsFile.FILE));

        String saved = file("questions.yml");
        assertThat(saved)
                .contains("    questions:\n      - id: paid\n")
                .contains("        not-sure: true\n        if-bad:\n")
                .contains("      # Asked since 2024.\n      - id: start-to-finish\n")
                .contains("          # The one most chosen.\n          - id: decided-first\n");
        assertThat(saved.lines().filter(l -> l.strip().startsWith("#")).toList())
                .containsExactlyElementsOf(Stream.concat(
                                Stream.of(ConfigStore.STAFF_WRITES),
                                original.lines().filter(l -> l.strip().startsWith("#")))
                        .toList());
        assertThat(store.current(QuestionsFile.FILE)).isEqualTo(read);
    }

    @Test
    void a_comment_above_a_field_inside_a_meeting_stays_above_that_field() throws Exception {
        Files.writeString(dir.resolve("meetings.yml"), """
                # The meetings a new kiosk starts with.
                meetings:
                  - title: Network meeting
                    kind: network meeting
                    # 11 January 2023 is the second Wednesday of the month.
                    first: 2023-01-11
                    start: "12:30"

                  # Every week.
                  - title: Coffee morning
                    kind: coffee morning
                    first: 2022-12-22
                    start: "11:00"
                """);
        ConfigStore store = TestConfigStore.in(dir, problems);
        MeetingsShape read = store.register(MEETINGS, (f, m) -> f);
        List<Meeting> meetings = new ArrayList<>(read.meetings());
        meetings.add(0, new Meeting("Art club", "other", "2027-01-06", "10:00"));

        store.save(MEETINGS, new MeetingsShape(meetings), store.version(MEETINGS));

        assertThat(file("meetings.yml")).isEqualTo("""
                %s
                # The meetings a new kiosk starts with.
                meetings:
                  - title: Art club
                    kind: other
                    first: '2027-01-06'
                    start: '10:00'
                  - title: Network meeting
                    kind: network meeting
                    # 11 January 2023 is the second Wednesday of the month.
                    first: '2023-01-11'
                    start: '12:30'
                  # Every week.
                  - title: Coffee morning
                    kind: coffee morning
                    first: '2022-12-22'
                    start: '11:00'
                """.formatted(ConfigStore.STAFF_WRITES));
    }
}
