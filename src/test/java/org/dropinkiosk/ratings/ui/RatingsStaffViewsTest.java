package org.dropinkiosk.ratings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dropinkiosk.ratings.Answer;
import org.dropinkiosk.ratings.QuestionCatalog;
import org.dropinkiosk.ratings.RatingService;
import org.dropinkiosk.ratings.RatingsTestClock;
import org.dropinkiosk.ratings.Replies;
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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RatingService ratings;

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
    void staff_see_the_answers_per_question_counted_in_a_table_and_a_bar_chart() {
        Sitting one = ratings.startSitting(catalog.set("nhs").orElseThrow());
        Sitting two = ratings.startSitting(catalog.set("nhs").orElseThrow());
        Sitting three = ratings.startSitting(catalog.set("nhs").orElseThrow());
        Sitting four = ratings.startSitting(
                catalog.set("nhs").orElseThrow()); // its own: the repeat guard holds one sitting's quick presses
        ratings.answer(one, "paid", Answer.GOOD);
        ratings.answer(two, "paid", Answer.BAD);
        ratings.answer(three, "paid", Answer.GOOD);
        ratings.answer(four, "words", Answer.NOT_SURE);

        AnswersView view = navigate(AnswersView.class);
        NativeTable table = find(NativeTable.class, view).single();
        List<List<String>> rows = rows(table.getElement());
        assertThat(rows).hasSize(3); // the header and two questions
        assertThat(rows.get(0))
                .containsExactly(
                        "Set", "Question", "Good", "Bad", "Not sure", "Skipped", "Helped", "Picked after the answer");
        List<String> paid = rows.stream()
                .filter(r -> r.contains("Were you paid for your time?"))
                .findFirst()
                .orElseThrow();
        assertThat(paid.subList(0, 6))
                .containsExactly("Working together with the NHS", "Were you paid for your time?", "2", "1", "0", "0");
        List<String> words = rows.stream()
                .filter(r -> r.contains("Did people use words you understand?"))
                .findFirst()
                .orElseThrow();
        assertThat(words.subList(2, 6)).containsExactly("0", "0", "1", "0");

        String chart = find(TallyChart.class, view).single().getElement().getProperty("innerHTML");
        assertThat(chart)
                .startsWith("<svg")
                .contains("role=\"img\"", "Were you paid for your time?", ">Good<", ">Bad<");
        List<String> bars = Pattern.compile("class=\"ratings-chart-count\"[^>]*>(\\d+)<")
                .matcher(chart)
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(bars)
                .as("bar counts Good, Bad, Not sure, Skipped for each question, in the table's order")
                .containsExactlyElementsOf(rows.subList(1, 3).stream()
                        .flatMap(r -> r.subList(2, 6).stream())
                        .toList());
    }

    /** The text of every cell, row by row, as staff read the table. */
    private static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        collect(table, rows);
        return rows;
    }

    private static void collect(Element element, List<List<String>> rows) {
        if (element.getTag().equals("tr")) {
            rows.add(element.getChildren().map(Element::getTextRecursively).toList());
            return;
        }
        element.getChildren().forEach(child -> collect(child, rows));
    }

    @Test
    void a_reply_written_by_staff_is_listed_and_can_be_removed() {
        RepliesView view = navigate(RepliesView.class);
        var areas = find(TextArea.class, view).all();
        test(areas.get(0)).setValue("We want the meeting later.");
        test(areas.get(1)).setValue("The meeting now starts at 11.");
        test(button(view, "Add reply")).click();
        assertThat(replies.latest())
                .singleElement()
                .satisfies(r -> assertThat(r.weDid()).isEqualTo("The meeting now starts at 11."));
        assertThat(view.getElement().getTextRecursively())
                .contains("The reply is on the kiosk now.", "You said: We want the meeting later.");

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
        return find(Button.class, view).all().stream()
                .filter(b -> b.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }
}
