package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.ratings.Answer;
import org.dropinkiosk.ratings.FollowUp;
import org.dropinkiosk.ratings.Question;

/**
 * One question: its picture and words, then GOOD and BAD far apart (Not sure and Skip between them).
 * After a press the buttons give way to what the visitor said and "Change my answer".
 */
class QuestionScreen extends Div {

    private final Messages messages;
    private final Div choices = new Div();
    private final Div feedback = new Div();
    private final boolean privateMode;

    QuestionScreen(
            Messages messages,
            Question question,
            int number,
            int total,
            boolean privateMode,
            Consumer<Answer> onAnswer,
            Runnable onChange) {
        this.messages = messages;
        this.privateMode = privateMode;
        addClassName("ratings-question");
        Paragraph progress = new Paragraph(messages.get("ratings.progress", number, total));
        progress.addClassName("ratings-progress");
        H1 text = new H1(question.text());
        text.addClassName("kiosk-title");
        Div ask = new Div(new Symbol(question.picture(), ""), text);
        ask.addClassNames("kiosk-block", "ratings-ask");

        BigButton good = answerButton("good", "ratings.good", Answer.GOOD, onAnswer);
        BigButton bad = answerButton("bad", "ratings.bad", Answer.BAD, onAnswer);
        Div middle = new Div();
        middle.addClassName("ratings-middle");
        if (question.notSure()) {
            middle.add(answerButton("think", "ratings.not-sure", Answer.NOT_SURE, onAnswer));
        }
        middle.add(answerButton("next", "ratings.skip", Answer.SKIPPED, onAnswer));
        choices.add(good, middle, bad);
        choices.addClassName("ratings-choices");

        BigButton change = new BigButton("change_mind", messages.get("ratings.change"), e -> onChange.run());
        change.addClassName("ratings-change");
        feedback.addClassName("ratings-feedback");
        feedback.setVisible(false);
        feedback.getElement().setAttribute("role", "status");
        feedback.add(change);
        add(progress, ask, choices, feedback);
    }

    /**
     * Shows what the visitor said, in words and a picture, with a colour flash. In private mode the screen shows
     * only "Thank you. Your answer is saved." for onlookers; the returned words, which are said, still name the answer.
     *
     * @param picked the follow-up choices picked, named in what is said
     * @return what to say
     */
    String showSaid(Answer answer, List<FollowUp> picked) {
        String said = picked.isEmpty()
                ? messages.get(
                        switch (answer) {
                            case GOOD -> "ratings.said.good";
                            case BAD -> "ratings.said.bad";
                            case NOT_SURE -> "ratings.said.not-sure";
                            case SKIPPED -> "ratings.said.skipped";
                        })
                : messages.get(
                        answer == Answer.GOOD ? "ratings.said.good.picked" : "ratings.said.bad.picked",
                        picked.stream().map(FollowUp::text).collect(Collectors.joining(", ")));
        String symbol = switch (answer) {
            case GOOD -> "good";
            case BAD -> "bad";
            case NOT_SURE -> "think";
            case SKIPPED -> "next";
        };
        feedback.getChildren()
                .filter(c -> !c.hasClassName("ratings-change"))
                .toList()
                .forEach(feedback::remove);
        Div line = privateMode
                ? new Div(Symbol.beside("save"), new Paragraph(messages.get("ratings.said.private")))
                : new Div(Symbol.beside(symbol), new Paragraph(said));
        line.addClassName("ratings-said");
        feedback.addComponentAsFirst(line);
        feedback.getClassNames().removeIf(c -> c.startsWith("ratings-flash"));
        if (!privateMode) {
            feedback.addClassName(
                    "ratings-flash-" + answer.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        choices.setVisible(false);
        feedback.setVisible(true);
        return said;
    }

    /** The question again, as it was before the press. */
    void showChoices() {
        feedback.setVisible(false);
        choices.setVisible(true);
    }

    private BigButton answerButton(String symbol, String key, Answer answer, Consumer<Answer> onAnswer) {
        BigButton button = new BigButton(symbol, messages.get(key), e -> onAnswer.accept(answer));
        button.addClassName("ratings-" + answer.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return button;
    }
}
