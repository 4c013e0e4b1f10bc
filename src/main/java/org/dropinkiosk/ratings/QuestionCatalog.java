package org.dropinkiosk.ratings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigYaml;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.speech.PhraseSource;
import org.dropinkiosk.speech.PhrasesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The question sets from {@code kiosk-config/questions.yml}. The file is read again when it changes;
 * a mistake is reported to {@link ConfigProblems} and the last good sets stay in use.
 */
@Component
public class QuestionCatalog implements PhraseSource {

    static final String FILE = "questions.yml";
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final Pattern PICTURE = Pattern.compile("[a-z0-9_-]{1,60}|pictures/[A-Za-z0-9_.-]{1,100}");
    private static final int MOST_WORDS = 15;
    private static final int MOST_CHOICE_WORDS = 8;

    private final Path file;
    private final ConfigProblems problems;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private volatile List<QuestionSet> sets = List.of();
    private volatile String seen;

    public QuestionCatalog(KioskSettings settings, ConfigProblems problems, ApplicationEventPublisher events, Messages messages) {
        this.messages = messages;
        this.file = settings.configDir().resolve(FILE);
        this.problems = problems;
        this.events = events;
        reloadIfChanged();
    }

    public List<QuestionSet> sets() {
        return sets;
    }

    public Optional<QuestionSet> set(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every question text and set title, and what the kiosk says after a press, so speech can prepare them. */
    @Override
    public Collection<String> phrases() {
        Set<String> phrases = new LinkedHashSet<>();
        for (String key : List.of("ratings.said.good", "ratings.said.bad", "ratings.said.not-sure", "ratings.said.skipped",
                "ratings.said.changed", "ratings.helped.title", "ratings.thanks.text",
                "ratings.follow.bad.title", "ratings.follow.good.title")) {
            phrases.add(messages.get(key));
        }
        for (QuestionSet set : sets) {
            phrases.add(set.title());
            for (Question q : set.questions()) {
                phrases.add(q.text());
                for (Answer answer : List.of(Answer.BAD, Answer.GOOD)) {
                    q.followUps(answer).forEach(f -> phrases.add(f.text()));
                }
            }
        }
        return List.copyOf(phrases);
    }

    /** Staff edit the file while the kiosk runs: look every few seconds whether it changed. */
    @Scheduled(fixedDelay = 3000, initialDelay = 3000)
    public void reloadIfChanged() {
        String stamp = stamp();
        if (stamp.equals(seen)) {  // unchanged since the last look
            return;
        }
        seen = stamp;
        if (stamp.isEmpty()) {
            problems.report(FILE, List.of(new ConfigProblem(FILE, 0, "",
                    "the file is missing, so Tell us has no questions. Put questions.yml back in kiosk-config.")));
            return;
        }
        ConfigYaml.Result result = ConfigYaml.readList(file, FILE, "sets");
        List<ConfigProblem> found = new ArrayList<>(result.problems());
        List<QuestionSet> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigYaml.Item item : result.items()) {
            set(item, found, ids).ifPresent(read::add);
        }
        if (read.isEmpty()) {
            found.add(new ConfigProblem(FILE, 0, "sets", "no set of questions could be used; the kiosk keeps the questions it had."));
        } else if (!read.equals(sets)) {
            sets = List.copyOf(read);
            events.publishEvent(new PhrasesChanged("ratings"));
        }
        problems.report(FILE, found);
    }

    private Optional<QuestionSet> set(ConfigYaml.Item item, List<ConfigProblem> found, Set<String> setIds) {
        String id = item.get("id");
        String title = item.get("title");
        if (id == null || !ID.matcher(id).matches()) {
            found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "each set needs an id of small letters, digits and '-', such as 'today'. This set was left out."));
            return Optional.empty();
        }
        if (!setIds.add(id)) {
            found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "the set id '" + id + "' is used twice. This set was left out."));
            return Optional.empty();
        }
        if (title == null || title.isBlank() || title.length() > 60) {
            found.add(new ConfigProblem(FILE, item.lineOf("title"), "title", "each set needs a title of at most 60 letters. This set was left out."));
            return Optional.empty();
        }
        List<ConfigYaml.Item> items = item.lists().get("questions");
        if (items == null || items.isEmpty()) {
            found.add(new ConfigProblem(FILE, item.lineOf("questions"), "questions", "the set '" + id + "' needs a list 'questions:' with at least one question. This set was left out."));
            return Optional.empty();
        }
        List<Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        for (ConfigYaml.Item q : items) {
            question(q, found, questionIds).ifPresent(questions::add);
        }
        if (questions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuestionSet(id, title.strip(), picture(item, found), questions));
    }

    private Optional<Question> question(ConfigYaml.Item item, List<ConfigProblem> found, Set<String> ids) {
        String id = item.get("id");
        String text = item.get("text");
        if (id == null || !ID.matcher(id).matches()) {
            found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "each question needs an id of small letters, digits and '-', such as 'paid'. This question was left out."));
            return Optional.empty();
        }
        if (!ids.add(id)) {
            found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "the question id '" + id + "' is used twice in this set. This question was left out."));
            return Optional.empty();
        }
        if (text == null || text.isBlank() || text.length() > 150) {
            found.add(new ConfigProblem(FILE, item.lineOf("text"), "text", "the question '" + id + "' needs a text of at most 150 letters. This question was left out."));
            return Optional.empty();
        }
        if (text.strip().split("\\s+").length > MOST_WORDS) {
            found.add(new ConfigProblem(FILE, item.lineOf("text"), "text", "the question '" + id + "' has more than 15 words. Shorter is easier to understand."));
        }
        return Optional.of(new Question(id, text.strip(), picture(item, found), notSure(item, found),
                followUps(item, "if-bad", id, found), followUps(item, "if-good", id, found)));
    }

    /** The choices under {@code if-bad:} or {@code if-good:}; a broken choice is left out, the question stays. */
    private static List<FollowUp> followUps(ConfigYaml.Item item, String field, String questionId, List<ConfigProblem> found) {
        if (item.get(field) != null) {
            found.add(new ConfigProblem(FILE, item.lineOf(field), field, "under '" + field + ":' write each choice as an item with"
                    + " 'id:', 'text:' and 'picture:'. The question '" + questionId + "' is asked without these choices."));
            return List.of();
        }
        List<ConfigYaml.Item> items = item.lists().getOrDefault(field, List.of());
        List<FollowUp> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ConfigYaml.Item choice : items) {
            if (choices.size() == Question.MOST_FOLLOW_UPS) {
                found.add(new ConfigProblem(FILE, choice.line(), field, "the question '" + questionId + "' has more than "
                        + Question.MOST_FOLLOW_UPS + " choices under '" + field + ":'. Only the first " + Question.MOST_FOLLOW_UPS
                        + " are shown, so each stays big enough to press."));
                break;
            }
            followUp(choice, questionId, ids, found).ifPresent(choices::add);
        }
        return choices;
    }

    private static Optional<FollowUp> followUp(ConfigYaml.Item item, String questionId, Set<String> ids, List<ConfigProblem> found) {
        String id = item.get("id");
        String text = item.get("text");
        if (id == null || !ID.matcher(id).matches()) {
            found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "each choice of the question '" + questionId
                    + "' needs an id of small letters, digits and '-', such as 'not-paid'. This choice was left out."));
            return Optional.empty();
        }
        if (!ids.add(id)) {
            found.add(new ConfigProblem(FILE, item.lineOf("id"), "id", "the choice id '" + id + "' is used twice for the question '"
                    + questionId + "'. This choice was left out."));
            return Optional.empty();
        }
        if (text == null || text.isBlank() || text.length() > 60) {
            found.add(new ConfigProblem(FILE, item.lineOf("text"), "text", "the choice '" + id + "' needs a text of at most 60 letters."
                    + " This choice was left out."));
            return Optional.empty();
        }
        if (text.strip().split("\\s+").length > MOST_CHOICE_WORDS) {
            found.add(new ConfigProblem(FILE, item.lineOf("text"), "text", "the choice '" + id + "' has more than "
                    + MOST_CHOICE_WORDS + " words. Shorter is easier to understand."));
        }
        return Optional.of(new FollowUp(id, text.strip(), picture(item, found)));
    }

    private static boolean notSure(ConfigYaml.Item item, List<ConfigProblem> found) {
        String value = item.get("not-sure");
        if (value == null) {
            return true;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> {
                found.add(new ConfigProblem(FILE, item.lineOf("not-sure"), "not-sure", "write 'yes' or 'no'. 'Not sure' is offered until this is fixed."));
                yield true;
            }
        };
    }

    private static String picture(ConfigYaml.Item item, List<ConfigProblem> found) {
        String picture = Objects.requireNonNullElse(item.get("picture"), "talk").strip();
        boolean known = PICTURE.matcher(picture).matches()
                && (picture.startsWith("pictures/") || QuestionCatalog.class.getResource("/META-INF/resources/symbols/" + picture + ".svg") != null);
        if (!known) {
            found.add(new ConfigProblem(FILE, item.lineOf("picture"), "picture", "there is no picture called '" + picture
                    + "'. Use a symbol name such as 'money', or 'pictures/<file>'. The speech picture is shown instead."));
            return "talk";
        }
        return picture;
    }

    private String stamp() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toMillis() + ":" + Files.size(file);
        } catch (IOException e) {
            return "";
        }
    }
}
