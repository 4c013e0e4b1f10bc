package org.dropinkiosk.ratings.editor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.EditRefused;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.config.KioskFiles.Version;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.Slugs;
import org.dropinkiosk.ratings.FollowUp;
import org.dropinkiosk.ratings.QuestionSet;
import org.dropinkiosk.ratings.QuestionSetsSaved;
import org.dropinkiosk.ratings.QuestionsFile;
import org.dropinkiosk.ratings.QuestionsFile.QuestionEntry;
import org.dropinkiosk.ratings.QuestionsFile.SetEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * questions.yml as the staff page changes it: the sets in order, each with its questions, checked with sentences
 * that name the set and question, saved through the {@link ConfigStore} only over the version the page opened.
 * Ids stay when words change (answers are counted by id); a new set or question gets a safe id from its words.
 * The follow-up choices of a question are kept as they are (they are edited in the file).
 */
@Component
public class QuestionSetsEditor {

    /** Longest set title and question, as the file's rules say. */
    public static final int MOST_TITLE = 60;

    public static final int MOST_TEXT = 150;

    /** One set on the page; {@code id} is null until a new set is saved. */
    public static final class SetDraft {
        public String id;
        public String title = "";
        public String picture = "";
        public final List<QuestionDraft> questions = new ArrayList<>();
    }

    /** One question on the page; its follow-up choices travel with it unchanged. */
    public static final class QuestionDraft {
        public String id;
        public String text = "";
        public String picture = "";
        public boolean notSure = true;
        public List<FollowUp> ifBad = List.of();
        public List<FollowUp> ifGood = List.of();
    }

    /** The sets as read, with the version to save against and the file's mistakes staff should see. */
    public record Opened(List<SetDraft> sets, Version version, List<ConfigProblem> problems) {}

    /** What stops a save; {@code set} and {@code question} count from 1, 0 for none. */
    public record Problem(int set, int question, String key, List<Object> args) implements EditRefused.Problem {
        public Problem {
            args = List.copyOf(args);
        }
    }

    private final ConfigStore store;
    private final ConfigProblems configProblems;
    private final PictureResolver pictures;
    private final ApplicationEventPublisher events;

    public QuestionSetsEditor(
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
        store.changed(QuestionsFile.FILE.name());
        List<SetDraft> sets = new ArrayList<>();
        for (SetEntry entry : store.current(QuestionsFile.FILE).sets()) {
            SetDraft set = new SetDraft();
            set.id = entry.id();
            set.title = entry.title();
            set.picture = entry.picture() == null ? "" : entry.picture();
            for (QuestionEntry q : entry.questions()) {
                QuestionDraft question = new QuestionDraft();
                question.id = q.id();
                question.text = q.text();
                question.picture = q.picture() == null ? "" : q.picture();
                question.notSure = q.notSure() == null || q.notSure();
                question.ifBad = q.ifBad();
                question.ifGood = q.ifGood();
                set.questions.add(question);
            }
            sets.add(set);
        }
        List<ConfigProblem> mistakes = configProblems.of(QuestionsFile.FILE.name());
        return new Opened(sets, store.version(QuestionsFile.FILE), mistakes);
    }

    /** Every problem, set by set; empty means the sets can be saved. */
    public List<Problem> check(List<SetDraft> sets) {
        List<Problem> found = new ArrayList<>();
        if (sets.size() > QuestionSet.MOST_SETS) {
            found.add(new Problem(0, 0, "ratings.editor.problem.too-many-sets", List.of(QuestionSet.MOST_SETS)));
        }
        for (int s = 0; s < sets.size(); s++) {
            int n = s + 1;
            SetDraft set = sets.get(s);
            String title = strip(set.title);
            if (title.isEmpty()) {
                found.add(new Problem(n, 0, "ratings.editor.problem.empty-title", List.of(n)));
            } else if (title.length() > MOST_TITLE) {
                found.add(
                        new Problem(n, 0, "ratings.editor.problem.long-title", List.of(n, title.length(), MOST_TITLE)));
            }
            picture(set.picture, n, 0, found);
            if (set.questions.isEmpty()) {
                found.add(new Problem(n, 0, "ratings.editor.problem.no-question", List.of(n)));
            } else if (set.questions.size() > QuestionSet.MOST_QUESTIONS) {
                found.add(new Problem(
                        n, 0, "ratings.editor.problem.too-many-questions", List.of(n, QuestionSet.MOST_QUESTIONS)));
            }
            for (int q = 0; q < set.questions.size(); q++) {
                int m = q + 1;
                String text = strip(set.questions.get(q).text);
                if (text.isEmpty()) {
                    found.add(new Problem(n, m, "ratings.editor.problem.empty-text", List.of(n, m)));
                } else if (text.length() > MOST_TEXT) {
                    found.add(new Problem(
                            n, m, "ratings.editor.problem.long-text", List.of(n, m, text.length(), MOST_TEXT)));
                }
                picture(set.questions.get(q).picture, n, m, found);
            }
        }
        return found;
    }

    private void picture(String picture, int set, int question, List<Problem> found) {
        String name = strip(picture);
        boolean ofSet = question == 0;
        if (name.isEmpty()) {
            found.add(new Problem(
                    set,
                    question,
                    ofSet ? "ratings.editor.problem.no-picture-set" : "ratings.editor.problem.no-picture-question",
                    List.of(set, question)));
        } else if (!pictures.exists(name)) {
            found.add(new Problem(
                    set,
                    question,
                    ofSet ? "ratings.editor.problem.picture-set" : "ratings.editor.problem.picture-question",
                    List.of(set, question, name.length() > 40 ? name.substring(0, 40) + "…" : name)));
        }
    }

    /**
     * Saves the sets over questions.yml if it still holds {@code version}; returns the sets as the kiosk reads them.
     *
     * @throws EditRefused                  a set or question has a problem: nothing was written
     * @throws KioskFiles.ChangedOnDisk someone changed the file since it was opened: nothing was written
     * @throws IOException              the disk refused (full, read-only): the last good file is still there
     */
    public Opened save(List<SetDraft> sets, Version version) throws EditRefused, IOException {
        List<Problem> problems = check(sets);
        if (!problems.isEmpty()) {
            throw new EditRefused(problems);
        }
        List<SetEntry> before = store.current(QuestionsFile.FILE).sets();
        Set<String> setIds = new HashSet<>();
        sets.stream().filter(s -> s.id != null).forEach(s -> setIds.add(s.id));
        List<SetEntry> entries = new ArrayList<>();
        for (SetDraft set : sets) {
            String setId = set.id != null ? set.id : Slugs.free(Slugs.of(set.title), "set", setIds);
            Set<String> questionIds = new HashSet<>();
            set.questions.stream().filter(q -> q.id != null).forEach(q -> questionIds.add(q.id));
            List<QuestionEntry> questions = new ArrayList<>();
            for (QuestionDraft q : set.questions) {
                String id = q.id != null ? q.id : Slugs.free(Slugs.of(q.text), "question", questionIds);
                questions.add(new QuestionEntry(id, strip(q.text), stored(q.picture), q.notSure, q.ifBad, q.ifGood));
            }
            entries.add(new SetEntry(setId, strip(set.title), stored(set.picture), questions));
        }
        store.save(QuestionsFile.FILE, new QuestionsFile(entries), version);
        events.publishEvent(new QuestionSetsSaved(changes(before, entries)));
        return open();
    }

    /** A venue picture as {@code pictures/<file>}, the form every visitor screen finds; a bundled symbol by name. */
    private String stored(String picture) {
        String name = strip(picture);
        return pictures.url(name).filter(url -> url.startsWith("pictures/")).orElse(name);
    }

    /** Counts and set titles (the venue's words, never a visitor's). */
    static String changes(List<SetEntry> before, List<SetEntry> after) {
        Set<String> old = new HashSet<>();
        before.forEach(s -> old.add(s.id()));
        List<String> added = new ArrayList<>();
        for (SetEntry s : after) {
            if (!old.remove(s.id())) {
                added.add(s.title());
            }
        }
        int questions = after.stream().mapToInt(s -> s.questions().size()).sum();
        return "Saved questions.yml: " + after.size() + " sets, " + questions + " questions; added "
                + (added.isEmpty() ? "none" : "'" + String.join("', '", added) + "'") + "; removed "
                + (old.isEmpty() ? "none" : String.join(", ", old));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
