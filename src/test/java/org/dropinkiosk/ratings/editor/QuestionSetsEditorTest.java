package org.dropinkiosk.ratings.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.EditRefused;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.ratings.FollowUp;
import org.dropinkiosk.ratings.Question;
import org.dropinkiosk.ratings.QuestionCatalog;
import org.dropinkiosk.ratings.QuestionSet;
import org.dropinkiosk.ratings.QuestionSetsSaved;
import org.dropinkiosk.ratings.editor.QuestionSetsEditor.Opened;
import org.dropinkiosk.ratings.editor.QuestionSetsEditor.Problem;
import org.dropinkiosk.ratings.editor.QuestionSetsEditor.QuestionDraft;
import org.dropinkiosk.ratings.editor.QuestionSetsEditor.SetDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** questions.yml saved from the staff page: ids and follow-ups stay, bad input is refused, the last good file stays. */
class QuestionSetsEditorTest {

    @TempDir
    Path dir;

    final ConfigProblems problems = new ConfigProblems();
    final List<Object> events = new ArrayList<>();
    QuestionCatalog catalog;
    String shipped;

    QuestionSetsEditor editor() throws IOException {
        shipped = Files.readString(Path.of("kiosk-config/questions.yml"));
        Files.writeString(dir.resolve("questions.yml"), shipped);
        // The store tells the catalog a file changed, as the application's events do.
        ConfigStore store = TestConfigStore.in(dir, problems, event -> {
            events.add(event);
            if (event instanceof ConfigChanged changed && catalog != null) {
                catalog.onChanged(changed);
            }
        });
        PictureResolver pictures = new PictureResolver(TestConfigStore.settings(dir, dir));
        catalog = new QuestionCatalog(
                store,
                pictures,
                events::add,
                new Messages(TestConfigStore.words(), TestConfigStore.settings(dir, dir)));
        return new QuestionSetsEditor(store, problems, pictures, events::add);
    }

    @Test
    void changed_words_keep_their_ids_and_follow_ups_and_new_ones_get_safe_ids() throws Exception {
        QuestionSetsEditor editor = editor();
        Opened opened = editor.open();
        List<SetDraft> sets = new ArrayList<>(opened.sets());
        SetDraft nhs = sets.getFirst();
        nhs.title = "Working with the NHS";
        nhs.questions.getFirst().text = "Were you paid for your time and travel?";
        QuestionDraft extra = new QuestionDraft();
        extra.text = "Was the room easy to find?";
        extra.picture = "talk";
        extra.notSure = false;
        nhs.questions.add(1, extra);
        SetDraft fresh = new SetDraft();
        fresh.title = "Today";
        fresh.picture = "today";
        QuestionDraft one = new QuestionDraft();
        one.text = "Was the coffee good?";
        one.picture = "coffee";
        fresh.questions.add(one);
        sets.add(0, fresh);

        editor.save(sets, opened.version());

        assertThat(catalog.sets()).extracting(QuestionSet::id).containsExactly("today-2", "nhs", "today");
        QuestionSet changed = catalog.set("nhs").orElseThrow();
        assertThat(changed.title()).isEqualTo("Working with the NHS");
        assertThat(changed.questions())
                .extracting(Question::id)
                .startsWith("paid", "was-the-room-easy-to-find", "start-to-finish");
        Question paid = changed.questions().getFirst();
        assertThat(paid.text()).isEqualTo("Were you paid for your time and travel?");
        assertThat(paid.ifBad()).extracting(FollowUp::id).containsExactly("not-paid", "paid-own-travel");
        assertThat(changed.questions().get(1).notSure()).isFalse();
        assertThat(Files.readString(dir.resolve("questions.yml")))
                .startsWith("# The staff area also writes this file")
                .contains("# Tell us: the questions visitors answer with GOOD or BAD.");
        assertThat(events)
                .filteredOn(QuestionSetsSaved.class::isInstance)
                .singleElement()
                .asString()
                .contains("3 sets, 11 questions; added 'Today'; removed none");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_question_of_ten_thousand_letters_an_empty_title_and_a_climbing_picture_are_refused() throws Exception {
        QuestionSetsEditor editor = editor();
        Opened opened = editor.open();
        List<SetDraft> sets = opened.sets();
        sets.get(0).questions.get(2).text = "word ".repeat(2_000);
        sets.get(1).title = " ";
        sets.get(1).questions.get(0).picture = "../kiosk.yml";
        sets.get(1).picture = "pictures/../../etc/passwd";

        assertRefused(
                editor,
                sets,
                opened,
                new Problem(1, 3, "ratings.editor.problem.long-text", List.of(1, 3, 9_999, 150)),
                new Problem(2, 0, "ratings.editor.problem.empty-title", List.of(2)),
                new Problem(2, 0, "ratings.editor.problem.picture-set", List.of(2, 0, "pictures/../../etc/passwd")),
                new Problem(2, 1, "ratings.editor.problem.picture-question", List.of(2, 1, "../kiosk.yml")));
    }

    @Test
    void more_sets_or_questions_than_tell_us_shows_and_an_empty_set_are_refused() throws Exception {
        QuestionSetsEditor editor = editor();
        Opened opened = editor.open();
        List<SetDraft> sets = new ArrayList<>(opened.sets());
        IntStream.rangeClosed(1, 4).forEach(i -> {
            SetDraft set = new SetDraft();
            set.title = "Set " + i;
            set.picture = "talk";
            sets.add(set);
        });
        IntStream.rangeClosed(1, 8).forEach(i -> {
            QuestionDraft q = new QuestionDraft();
            q.text = "Question " + i;
            q.picture = "talk";
            sets.get(1).questions.add(q);
        });

        assertRefused(
                editor,
                sets,
                opened,
                new Problem(0, 0, "ratings.editor.problem.too-many-sets", List.of(5)),
                new Problem(2, 0, "ratings.editor.problem.too-many-questions", List.of(2, 10)),
                new Problem(3, 0, "ratings.editor.problem.no-question", List.of(3)),
                new Problem(4, 0, "ratings.editor.problem.no-question", List.of(4)),
                new Problem(5, 0, "ratings.editor.problem.no-question", List.of(5)),
                new Problem(6, 0, "ratings.editor.problem.no-question", List.of(6)));
    }

    @Test
    void the_second_of_two_staff_saving_at_once_is_told_and_the_first_save_is_kept() throws Exception {
        QuestionSetsEditor editor = editor();
        Opened first = editor.open();
        Opened second = editor.open();
        first.sets().get(1).title = "Today at the drop-in";
        editor.save(first.sets(), first.version());
        String afterFirst = Files.readString(dir.resolve("questions.yml"));

        second.sets().get(0).title = "NHS";
        assertThatThrownBy(() -> editor.save(second.sets(), second.version()))
                .isInstanceOf(KioskFiles.ChangedOnDisk.class);

        assertThat(Files.readString(dir.resolve("questions.yml"))).isEqualTo(afterFirst);
        assertThat(catalog.sets()).extracting(QuestionSet::title).contains("Today at the drop-in");
    }

    @Test
    void a_folder_that_cannot_be_written_leaves_the_last_good_file() throws Exception {
        QuestionSetsEditor editor = editor();
        Opened opened = editor.open();
        opened.sets().get(1).title = "Today at the drop-in";
        // Even root cannot make a file beside a "folder" that is a file: the temporary file fails, as on a full disk.
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file, not a folder");
        ConfigStore elsewhere = TestConfigStore.in(blocked, problems, events::add);
        QuestionSetsEditor nowhere = new QuestionSetsEditor(
                elsewhere, problems, new PictureResolver(TestConfigStore.settings(dir, dir)), events::add);

        assertThatThrownBy(() -> nowhere.save(opened.sets(), KioskFiles.Version.MISSING))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(KioskFiles.ChangedOnDisk.class);
        assertThat(Files.readString(blocked)).isEqualTo("a file, not a folder");
        assertThat(Files.readString(dir.resolve("questions.yml"))).isEqualTo(shipped);
    }

    private void assertRefused(QuestionSetsEditor editor, List<SetDraft> sets, Opened opened, Problem... expected)
            throws IOException {
        assertThatThrownBy(() -> editor.save(sets, opened.version()))
                .isInstanceOfSatisfying(
                        EditRefused.class,
                        e -> assertThat(List.<Object>copyOf(e.problems())).containsExactly((Object[]) expected));
        assertThat(Files.readString(dir.resolve("questions.yml"))).isEqualTo(shipped);
        assertThat(events).noneMatch(QuestionSetsSaved.class::isInstance);
    }
}
