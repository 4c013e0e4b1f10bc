package org.dropinkiosk.ratings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.ratings.Answer;
import org.dropinkiosk.ratings.QuestionCatalog;
import org.dropinkiosk.ratings.RatingsTestClock;
import org.dropinkiosk.ratings.Replies;
import org.dropinkiosk.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Browserless: the Tell us screens, from choosing a set to the thanks. */
@SpringBootTest
@Import(RatingsTestClock.class)
class TellUsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Messages messages;

    @Autowired
    QuestionCatalog catalog;

    @Autowired
    Replies replies;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM answer").update();
        jdbc.sql("DELETE FROM reply").update();
    }

    @Test
    void choosing_a_set_shows_its_first_question_with_its_number_and_the_four_answers() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "Working together with the NHS");
        assertThat(text(view)).contains("Question 1 of 6");
        assertThat(find(H1.class, view).single().getText()).isEqualTo("Were you paid for your time?");
        assertThat(visibleButtons(view)).containsExactly("GOOD", "Not sure", "Skip", "BAD");
    }

    @Test
    void a_question_without_not_sure_offers_only_good_bad_and_skip() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "Today");
        assertThat(visibleButtons(view)).containsExactly("GOOD", "Skip", "BAD");
    }

    @Test
    void pressing_good_shows_what_was_said_and_offers_change_my_answer_then_moves_on() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "Working together with the NHS");
        press(view, "GOOD");
        assertThat(text(view)).contains("You said GOOD. Thank you.");
        assertThat(visibleButtons(view)).containsExactly("Change my answer");
        view.moveOn(view.timer());
        assertThat(text(view)).contains("Question 2 of 6", "Were you part of it from the start to the finish?");
    }

    @Test
    void a_late_timer_after_change_my_answer_does_not_move_on() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "Working together with the NHS");
        press(view, "BAD");
        clock.advance(Duration.ofSeconds(2));
        press(view, "Skip");
        int oldTimer = view.timer();
        clock.advance(Duration.ofSeconds(2));
        press(view, "Change my answer");
        view.moveOn(oldTimer);
        assertThat(text(view)).contains("Question 1 of 6");
        assertThat(visibleButtons(view)).contains("GOOD", "BAD");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer").query(Integer.class).single())
                .isZero();
    }

    @Test
    void a_whole_set_ends_with_did_someone_help_you_and_thanks_and_stores_helped() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "Today");
        for (String answer : List.of("GOOD", "Not sure", "Skip")) {
            if (visibleButtons(view).contains(answer)) {
                press(view, answer);
            } else {
                press(view, "BAD");
            }
            clock.advance(Duration.ofSeconds(6));
            view.moveOn(view.timer());
        }
        assertThat(find(H1.class, view).single().getText()).isEqualTo("Did someone help you answer?");
        press(view, "Yes");
        assertThat(view.step()).isEqualTo(TellUsView.Step.THANKS);
        assertThat(text(view)).contains("Thank you for telling us what you think.");
        assertThat(jdbc.sql("SELECT answer FROM answer WHERE helped = TRUE ORDER BY answer")
                        .query(String.class)
                        .list())
                .containsExactly("GOOD", "NOT_SURE", "SKIPPED");
    }

    @Test
    void private_mode_shows_neither_the_colour_nor_the_word_but_says_the_answer() {
        var question = catalog.set("nhs").orElseThrow().questions().getFirst();
        QuestionScreen open = new QuestionScreen(messages, question, 1, 6, false, a -> {}, () -> {});
        QuestionScreen discreet = new QuestionScreen(messages, question, 1, 6, true, a -> {}, () -> {});
        assertThat(open.showSaid(Answer.GOOD, List.of())).isEqualTo("You said GOOD. Thank you.");
        String said = discreet.showSaid(Answer.BAD, question.ifBad().subList(0, 1));
        assertThat(classesInside(open)).contains("ratings-flash-good");
        assertThat(open.getElement().getTextRecursively()).contains("You said GOOD. Thank you.");
        assertThat(classesInside(discreet)).noneMatch(c -> c.startsWith("ratings-flash"));
        String shown = discreet.getChildren()
                .filter(c -> c.hasClassName("ratings-feedback"))
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively();
        assertThat(shown).isEqualTo("Thank you. Your answer is saved.Change my answer");
        assertThat(said).as("what is said").isEqualTo("You said BAD: We were not paid. Thank you.");
    }

    @Test
    void bad_asks_what_was_bad_with_toggles_and_done_stores_the_picks_with_the_answer() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "Working together with the NHS");
        press(view, "BAD");
        assertThat(view.step()).isEqualTo(TellUsView.Step.FOLLOW_UP);
        assertThat(find(H1.class, view).single().getText()).isEqualTo("What was bad? Pick all that fit.");
        assertThat(visibleButtons(view))
                .containsExactly("We were not paid", "We paid for our own travel", "Skip", "Done");
        assertThat(button(view, "We were not paid").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");

        press(view, "We were not paid");
        assertThat(button(view, "We were not paid").getElement().getAttribute("aria-pressed"))
                .as("a press that follows BAD at once is the BAD double tap")
                .isEqualTo("false");
        clock.advance(Duration.ofSeconds(2));
        press(view, "We were not paid");
        press(view, "We were not paid");
        assertThat(button(view, "We were not paid").getElement().getAttribute("aria-pressed"))
                .as("a double tap on a choice picks it once")
                .isEqualTo("true");
        press(view, "We paid for our own travel");
        assertThat(button(view, "We paid for our own travel").getElement().getAttribute("aria-pressed"))
                .as("another choice may be pressed straight after")
                .isEqualTo("true");
        press(view, "Done");
        assertThat(view.step()).isEqualTo(TellUsView.Step.SAID);
        assertThat(text(view)).contains("You said BAD: We were not paid, We paid for our own travel. Thank you.");
        assertThat(jdbc.sql("SELECT answer || ' ' || follow_ups FROM answer")
                        .query(String.class)
                        .single())
                .isEqualTo("BAD not-paid;paid-own-travel");

        clock.advance(Duration.ofSeconds(2));
        press(view, "Change my answer");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer").query(Integer.class).single())
                .as("the picks go with the answer")
                .isZero();
        assertThat(visibleButtons(view)).contains("GOOD", "BAD");
    }

    @Test
    void skip_on_the_follow_up_keeps_the_answer_without_picks_and_a_question_without_follow_ups_runs_on() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "Working together with the NHS");
        press(view, "BAD");
        clock.advance(Duration.ofSeconds(2));
        press(view, "We were not paid");
        press(view, "Skip");
        assertThat(text(view)).contains("You said BAD. Thank you.");
        assertThat(jdbc.sql("SELECT answer FROM answer WHERE follow_ups IS NULL")
                        .query(String.class)
                        .single())
                .isEqualTo("BAD");
        clock.advance(Duration.ofSeconds(6));
        view.moveOn(view.timer());
        press(view, "GOOD");
        assertThat(view.step())
                .as("no if-good choices: straight to what was said")
                .isEqualTo(TellUsView.Step.SAID);
    }

    @Test
    void you_said_we_did_shows_staff_replies_and_says_when_there_are_none() {
        YouSaidWeDidView empty = navigate(YouSaidWeDidView.class);
        assertThat(text(empty)).contains("There are no answers from staff yet.");
        replies.add("The room was too cold.", "We bought a new heater.", "today");
        YouSaidWeDidView view = navigate(YouSaidWeDidView.class);
        assertThat(text(view)).contains("You said: The room was too cold.", "We did: We bought a new heater.");
    }

    @Test
    void the_tell_us_screen_opens_you_said_we_did() {
        TellUsView view = navigate(TellUsView.class);
        press(view, "You said, we did");
        assertThat(getCurrentView()).isInstanceOf(YouSaidWeDidView.class);
    }

    private void press(Component view, String word) {
        NativeButton button = find(NativeButton.class, view).all().stream()
                .filter(b -> word.equals(b.getElement().getAttribute("data-say")) && isShown(b))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + word + " in " + visibleButtons(view)));
        test(button).click();
    }

    private NativeButton button(Component view, String word) {
        return find(NativeButton.class, view).all().stream()
                .filter(b -> word.equals(b.getElement().getAttribute("data-say")))
                .findFirst()
                .orElseThrow();
    }

    private List<String> visibleButtons(Component view) {
        return find(NativeButton.class, view).all().stream()
                .filter(TellUsViewTest::isShown)
                .map(b -> b.getElement().getAttribute("data-say"))
                .toList();
    }

    private static boolean isShown(Component c) {
        for (Component at = c; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Component view) {
        return view.getElement().getTextRecursively();
    }

    private static List<String> classesInside(Component c) {
        return Stream.concat(
                        Stream.of(c), c.getChildren().flatMap(ch -> Stream.concat(Stream.of(ch), ch.getChildren())))
                .flatMap(x -> x.getClassNames().stream())
                .toList();
    }
}
