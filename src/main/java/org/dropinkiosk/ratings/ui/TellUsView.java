package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.List;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.ratings.Answer;
import org.dropinkiosk.ratings.FollowUp;
import org.dropinkiosk.ratings.Question;
import org.dropinkiosk.ratings.QuestionCatalog;
import org.dropinkiosk.ratings.QuestionSet;
import org.dropinkiosk.ratings.RatingService;
import org.dropinkiosk.ratings.RatingsSettings;
import org.dropinkiosk.ratings.Sitting;

/**
 * Tell us: choose a set, then one question per screen (after GOOD or BAD, the question's follow-up choices if it
 * has any), then "Did someone help you answer?" and thanks.
 * What a visitor said lives only in this view and its random sitting; leaving the screen forgets it.
 */
@Route("tell-us")
@AnonymousAllowed
@StyleSheet("context://styles/ratings.css")
class TellUsView extends Div implements HasDynamicTitle {

    enum Step {
        CHOOSE,
        QUESTION,
        FOLLOW_UP,
        SAID,
        HELPED,
        THANKS
    }

    private final Messages messages;
    private final QuestionCatalog catalog;
    private final RatingService ratings;
    private final RatingsSettings settings;
    private Step step = Step.CHOOSE;
    private Sitting sitting;
    private int index;
    private QuestionScreen screen;
    private FollowUpScreen followUp;
    private Answer answered;
    private int timer;

    TellUsView(Messages messages, QuestionCatalog catalog, RatingService ratings, RatingsSettings settings) {
        this.messages = messages;
        this.catalog = catalog;
        this.ratings = ratings;
        this.settings = settings;
        addClassName("ratings");
        showChoice();
    }

    Step step() {
        return step;
    }

    private void showChoice() {
        step = Step.CHOOSE;
        removeAll();
        H1 title = new H1(messages.get("ratings.choose.title"));
        title.addClassName("kiosk-title");
        add(title);
        List<QuestionSet> sets = catalog.sets();
        if (sets.isEmpty()) {
            add(block("help", messages.get("ratings.none")));
        } else {
            add(block("talk", messages.get("ratings.choose.text")));
        }
        Div tiles = new Div();
        tiles.addClassName("ratings-sets");
        if (sets.size() > 2) { // with "You said, we did", more than one row of three
            tiles.addClassName("ratings-sets-two-rows");
        }
        if (sets.size() > 3) { // upright, more than two rows of two
            tiles.addClassName("ratings-sets-three-rows");
        }
        for (QuestionSet set : sets) {
            BigButton tile = new BigButton(set.picture(), set.title(), e -> start(set));
            tile.addClassName("ratings-set");
            tiles.add(tile);
        }
        BigButton replies = new BigButton(
                "write",
                messages.get("ratings.replies"),
                e -> getUI().ifPresent(ui -> ui.navigate(YouSaidWeDidView.class)));
        replies.addClassName("ratings-set");
        replies.addClassName("ratings-replies-link");
        tiles.add(replies);
        add(tiles);
    }

    private void start(QuestionSet set) {
        sitting = ratings.startSitting(set);
        index = 0;
        showQuestion();
    }

    private void showQuestion() {
        step = Step.QUESTION;
        removeAll();
        List<Question> questions = sitting.set().questions();
        Question question = questions.get(index);
        screen = new QuestionScreen(
                messages, question, index + 1, questions.size(), settings.privateMode(), this::answer, this::change);
        add(screen);
    }

    private void answer(Answer answer) {
        Question question = sitting == null ? null : sitting.set().questions().get(index);
        if (step != Step.QUESTION || !ratings.answer(sitting, question.id(), answer)) {
            return;
        }
        answered = answer;
        List<FollowUp> choices = question.followUps(answer);
        if (choices.isEmpty()) {
            said(List.of());
            return;
        }
        step = Step.FOLLOW_UP;
        followUp = new FollowUpScreen(
                messages,
                answer,
                choices,
                settings.privateMode(),
                id -> ratings.pick(sitting, id),
                this::say,
                this::followUpsDone,
                this::followUpsSkipped);
        removeAll();
        add(followUp);
        say(FollowUpScreen.spokenTitle(messages, answer));
    }

    private void followUpsDone() {
        finishFollowUps(followUp.picked());
    }

    private void followUpsSkipped() {
        finishFollowUps(List.of());
    }

    private void finishFollowUps(List<FollowUp> picked) {
        String questionId = sitting.set().questions().get(index).id();
        if (step != Step.FOLLOW_UP
                || !ratings.followUps(
                        sitting,
                        questionId,
                        answered,
                        picked.stream().map(FollowUp::id).toList())) {
            return;
        }
        removeAll();
        add(screen);
        said(picked);
    }

    /** What the visitor said, shown with "Change my answer" until the next question comes by itself. */
    private void said(List<FollowUp> picked) {
        step = Step.SAID;
        say(screen.showSaid(answered, picked));
        later(settings.changeTime());
    }

    private void change() {
        if (step != Step.SAID
                || !ratings.change(sitting, sitting.set().questions().get(index).id())) {
            return;
        }
        timer++;
        step = Step.QUESTION;
        screen.showChoices();
        say(messages.get("ratings.said.changed"));
    }

    /** The browser calls back when the time for "Change my answer" (or the thanks) is over. */
    @ClientCallable
    void moveOn(int token) {
        if (token != timer) {
            return;
        }
        if (step == Step.SAID) {
            index++;
            if (index < sitting.set().questions().size()) {
                showQuestion();
            } else {
                showHelped();
            }
        } else if (step == Step.THANKS) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    int timer() {
        return timer;
    }

    private void showHelped() {
        step = Step.HELPED;
        removeAll();
        H1 title = new H1(messages.get("ratings.helped.title"));
        title.addClassName("kiosk-title");
        Div ask = new Div(new Symbol("help", ""), title);
        ask.addClassNames("kiosk-block", "ratings-ask");
        BigButton yes = new BigButton("correct", messages.get("ratings.helped.yes"), e -> helped(true));
        BigButton no = new BigButton("mistake", messages.get("ratings.helped.no"), e -> helped(false));
        yes.addClassName("ratings-yes");
        no.addClassName("ratings-no");
        Div choices = new Div(yes, no);
        choices.addClassName("ratings-choices");
        choices.addClassName("ratings-yes-no");
        add(ask, choices);
    }

    private void helped(boolean helped) {
        if (step != Step.HELPED || !ratings.helped(sitting, helped)) {
            return;
        }
        step = Step.THANKS;
        removeAll();
        H1 title = new H1(messages.get("ratings.thanks.title"));
        title.addClassName("kiosk-title");
        String thanks = messages.get("ratings.thanks.text");
        add(
                title,
                block("happy", thanks),
                block("doctor", messages.get("ratings.thanks.use")),
                block("good", messages.get("ratings.thanks.anonymous")));
        say(thanks);
        later(settings.thanksTime());
    }

    private void later(Duration wait) {
        int token = ++timer;
        getElement()
                .executeJs(
                        "const view = this; setTimeout(() => view.$server && view.$server.moveOn($0), $1)",
                        token,
                        wait.toMillis());
    }

    private void say(String text) {
        KioskSpeech.say(this, text);
    }

    static Div block(String symbol, String sentence) {
        Div block = new Div(Symbol.beside(symbol), new Paragraph(sentence));
        block.addClassName("kiosk-block");
        return block;
    }

    @Override
    public String getPageTitle() {
        return messages.get("ratings.tile");
    }
}
