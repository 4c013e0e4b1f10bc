package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.ratings.Answer;
import org.dropinkiosk.ratings.FollowUp;

/**
 * "What was bad? Pick all that fit.": up to six picture choices that each toggle (aria-pressed), then Done or Skip.
 * The picks live here until Done; a press on a choice says whether it is now picked.
 */
class FollowUpScreen extends Div {

    private final Messages messages;
    private final Map<FollowUp, BigButton> buttons = new LinkedHashMap<>();
    private final List<FollowUp> picked = new ArrayList<>();

    /**
     * @param mayPress asked with the choice's id before a press counts (false for a double tap)
     * @param onSay    what to say after a press on a choice
     */
    FollowUpScreen(
            Messages messages,
            Answer answer,
            List<FollowUp> choices,
            boolean privateMode,
            Predicate<String> mayPress,
            Consumer<String> onSay,
            Runnable onDone,
            Runnable onSkip) {
        this.messages = messages;
        addClassName("ratings-follow");
        H1 title = new H1(privateMode ? messages.get("ratings.follow.private.title") : spokenTitle(messages, answer));
        title.addClassName("kiosk-title");
        Div ask = new Div(new Symbol(privateMode ? "think" : answer == Answer.GOOD ? "good" : "bad", ""), title);
        ask.addClassNames("kiosk-block", "ratings-ask");
        Div grid = new Div();
        grid.addClassName("ratings-follow-choices");
        for (FollowUp choice : choices) {
            BigButton button = new BigButton(choice.picture(), choice.text(), e -> {
                if (mayPress.test(choice.id())) {
                    onSay.accept(toggle(choice));
                }
            });
            button.addClassName("ratings-follow-choice");
            button.getElement().setAttribute("aria-pressed", "false");
            button.getElement().setAttribute("data-choice", choice.id());
            buttons.put(choice, button);
            grid.add(button);
        }
        BigButton skip = new BigButton("next", messages.get("ratings.follow.skip"), e -> onSkip.run());
        skip.addClassName("ratings-follow-skip");
        BigButton done = new BigButton("correct", messages.get("ratings.follow.done"), e -> onDone.run());
        done.addClassName("ratings-follow-done");
        Div end = new Div(skip, done);
        end.addClassName("ratings-follow-end");
        add(ask, grid, end);
    }

    /** What is said when this screen comes: the question about the answer, in words even in private mode. */
    static String spokenTitle(Messages messages, Answer answer) {
        return messages.get(answer == Answer.GOOD ? "ratings.follow.good.title" : "ratings.follow.bad.title");
    }

    /** The picked choices, in the order they are offered. */
    List<FollowUp> picked() {
        return buttons.keySet().stream().filter(picked::contains).toList();
    }

    private String toggle(FollowUp choice) {
        boolean now = !picked.remove(choice);
        if (now) {
            picked.add(choice);
        }
        BigButton button = buttons.get(choice);
        button.getElement().setAttribute("aria-pressed", String.valueOf(now));
        return messages.get(now ? "ratings.follow.picked" : "ratings.follow.unpicked", choice.text());
    }
}
