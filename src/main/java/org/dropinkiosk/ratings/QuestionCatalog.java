package org.dropinkiosk.ratings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.Mistakes;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.ratings.QuestionsFile.QuestionEntry;
import org.dropinkiosk.ratings.QuestionsFile.SetEntry;
import org.dropinkiosk.speech.PhraseSource;
import org.dropinkiosk.speech.PhrasesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The question sets from {@code kiosk-config/questions.yml}, read through the {@link ConfigStore}: a question or
 * choice with a mistake is left out, a file that cannot be used keeps the last good sets, and staff see each mistake.
 */
@Component
public class QuestionCatalog implements PhraseSource {

    private static final String DEFAULT_PICTURE = "talk";

    private final ConfigStore store;
    private final PictureResolver pictures;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private volatile List<QuestionSet> sets;

    public QuestionCatalog(
            ConfigStore store, PictureResolver pictures, ApplicationEventPublisher events, Messages messages) {
        this.store = store;
        this.pictures = pictures;
        this.events = events;
        this.messages = messages;
        sets = sets(store.register(QuestionsFile.FILE, this::tidy));
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
        for (String key : List.of(
                "ratings.said.good",
                "ratings.said.bad",
                "ratings.said.not-sure",
                "ratings.said.skipped",
                "ratings.said.changed",
                "ratings.helped.title",
                "ratings.thanks.text",
                "ratings.follow.bad.title",
                "ratings.follow.good.title")) {
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

    /** The file was read again: use its sets, and let speech prepare their words. */
    @EventListener
    public void onChanged(ConfigChanged changed) {
        if (changed.is(QuestionsFile.FILE)) {
            sets = sets(store.current(QuestionsFile.FILE));
            events.publishEvent(new PhrasesChanged("ratings"));
        }
    }

    private static List<QuestionSet> sets(QuestionsFile file) {
        return file.sets().stream()
                .map(set -> new QuestionSet(
                        set.id(),
                        set.title(),
                        set.picture(),
                        set.questions().stream()
                                .map(q -> new Question(
                                        q.id(),
                                        q.text(),
                                        q.picture(),
                                        q.notSure() == null || q.notSure(),
                                        q.ifBad(),
                                        q.ifGood()))
                                .toList()))
                .toList();
    }

    /** Ids used twice and pictures that do not exist, which one field's rule cannot see; too many choices are cut. */
    private QuestionsFile tidy(QuestionsFile read, Mistakes mistakes) {
        List<SetEntry> sets = new ArrayList<>();
        Set<String> setIds = new HashSet<>();
        for (int s = 0; s < read.sets().size(); s++) {
            SetEntry set = read.sets().get(s);
            String at = "sets[" + s + "]";
            if (!setIds.add(set.id())) {
                mistakes.leftOut(at + ".id", "config.mistake.twice", set.id());
                continue;
            }
            if (sets.size() == QuestionSet.MOST_SETS) {
                mistakes.leftOut(at, "ratings.config.too-many-sets", QuestionSet.MOST_SETS);
                continue;
            }
            List<QuestionEntry> questions = new ArrayList<>();
            Set<String> questionIds = new HashSet<>();
            for (int q = 0; q < set.questions().size(); q++) {
                QuestionEntry question = set.questions().get(q);
                String qAt = at + ".questions[" + q + "]";
                if (!questionIds.add(question.id())) {
                    mistakes.leftOut(qAt + ".id", "config.mistake.twice", question.id());
                    continue;
                }
                if (questions.size() == QuestionSet.MOST_QUESTIONS) {
                    mistakes.leftOut(qAt, "ratings.config.too-many-questions", QuestionSet.MOST_QUESTIONS);
                    continue;
                }
                questions.add(new QuestionEntry(
                        question.id(),
                        question.text().strip(),
                        picture(question.picture(), qAt, mistakes),
                        question.notSure(),
                        choices(question.ifBad(), qAt + ".if-bad", mistakes),
                        choices(question.ifGood(), qAt + ".if-good", mistakes)));
            }
            if (!questions.isEmpty()) {
                sets.add(new SetEntry(set.id(), set.title().strip(), picture(set.picture(), at, mistakes), questions));
            }
        }
        if (sets.isEmpty()) { // the file is there (a missing one is not tidied), but no set can be used
            mistakes.add("sets", "ratings.config.no-set");
            mistakes.keepLastGood();
        }
        return new QuestionsFile(sets);
    }

    private List<FollowUp> choices(List<FollowUp> read, String at, Mistakes mistakes) {
        List<FollowUp> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            FollowUp choice = read.get(i);
            if (choices.size() == Question.MOST_FOLLOW_UPS) {
                mistakes.add(at + "[" + i + "]", "ratings.config.too-many-choices", Question.MOST_FOLLOW_UPS);
                break;
            }
            if (!ids.add(choice.id())) {
                mistakes.leftOut(at + "[" + i + "].id", "config.mistake.twice", choice.id());
                continue;
            }
            choices.add(new FollowUp(
                    choice.id(), choice.text().strip(), picture(choice.picture(), at + "[" + i + "]", mistakes)));
        }
        return choices;
    }

    private String picture(String picture, String at, Mistakes mistakes) {
        String name = picture == null ? DEFAULT_PICTURE : picture.strip();
        if (pictures.exists(name)) {
            return name;
        }
        mistakes.add(at + ".picture", "config.mistake.picture", new Object[] {name}, "ratings.config.speech-picture");
        return DEFAULT_PICTURE;
    }
}
