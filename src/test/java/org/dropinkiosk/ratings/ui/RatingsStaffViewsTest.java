package org.dropinkiosk.ratings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import org.dropinkiosk.ratings.Answer;
import org.dropinkiosk.ratings.QuestionCatalog;
import org.dropinkiosk.ratings.RatingService;
import org.dropinkiosk.ratings.Replies;
import org.dropinkiosk.ratings.RatingsTestClock;
import org.dropinkiosk.ratings.Sitting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless, logged in as staff: the tallies with their chart, and writing "You said, we did". */
@SpringBootTest(properties = "kiosk.staff.leave-on-visitor-screens=false")
@Import(RatingsTestClock.class)
@WithMockUser(roles = "STAFF")
class RatingsStaffViewsTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;
    @Autowired RatingService ratings;
    @Autowired QuestionCatalog catalog;
    @Autowired Replies replies;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM answer").update();
        jdbc.sql("DELETE FROM reply").update();
    }

    @Test
    void staff_see_the_answers_per_question_as_a_table_and_a_bar_chart() {
        Sitting one = ratings.startSitting(catalog.set("nhs").orElseThrow());
        Sitting two = ratings.startSitting(catalog.set("nhs").orElseThrow());
        ratings.answer(one, "paid", Answer.GOOD);
        ratings.answer(two, "paid", Answer.BAD);

        AnswersView view = navigate(AnswersView.class);
        NativeTable table = find(NativeTable.class, view).single();
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("Working together with the NHS", "Were you paid for your time?");
        String chart = find(TallyChart.class, view).single().getElement().getProperty("innerHTML");
        assertThat(chart).startsWith("<svg").contains("role=\"img\"", "Were you paid for your time?", ">Good<", ">Bad<");
    }

    @Test
    void a_reply_written_by_staff_is_listed_and_can_be_removed() {
        RepliesView view = navigate(RepliesView.class);
        var areas = find(TextArea.class, view).all();
        test(areas.get(0)).setValue("We want the meeting later.");
        test(areas.get(1)).setValue("The meeting now starts at 11.");
        test(button(view, "Add reply")).click();
        assertThat(replies.latest()).singleElement().satisfies(r -> assertThat(r.weDid()).isEqualTo("The meeting now starts at 11."));
        assertThat(view.getElement().getTextRecursively()).contains("The reply is on the kiosk now.", "You said: We want the meeting later.");

        test(button(view, "Remove")).click();
        assertThat(replies.latest()).isEmpty();
    }

    @Test
    void an_empty_reply_is_refused_with_a_plain_sentence() {
        RepliesView view = navigate(RepliesView.class);
        test(button(view, "Add reply")).click();
        assertThat(replies.latest()).isEmpty();
        assertThat(view.getElement().getTextRecursively()).contains("Write 1 to 300 letters in both boxes.");
    }

    @Test
    @WithAnonymousUser
    void a_visitor_cannot_open_the_answers() {
        try {
            navigate(AnswersView.class);
        } catch (RuntimeException refused) {
            // refused outright is fine too
        }
        assertThat(getCurrentView()).isNotInstanceOf(AnswersView.class);
    }

    private Button button(RepliesView view, String text) {
        return find(Button.class, view).all().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
