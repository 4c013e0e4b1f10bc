package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor answers a whole set: a double tap on GOOD, a change of mind, Not sure, Skip; says nobody
 * helped; then the stored answers are counted in the database.
 */
class TellUsJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM answer").update();
    }

    @Test
    void a_visitor_answers_a_whole_set_with_a_double_tap_and_a_change_of_mind_and_each_answer_counts_once() {
        open("/tell-us");
        assertAccessible("Tell us: choose a set");
        screenshot("ratings-choose-landscape");
        button("Working together with the NHS").click();

        // 1: a shaky double tap on GOOD counts once.
        waitForQuestion(1, "Were you paid for your time?");
        assertAccessible("a question");
        assertBigAndApart();
        screenshot("ratings-question-before-landscape");
        page.setViewportSize(800, 1280);
        assertAccessible("a question, portrait");
        assertBigAndApart();
        screenshot("ratings-question-before-portrait");
        page.setViewportSize(1280, 800);
        button("GOOD").dblclick();
        assertThat(page.getByText("You said GOOD. Thank you.")).isVisible();
        assertAccessible("after a press");
        screenshot("ratings-question-after-landscape");
        page.setViewportSize(800, 1280);
        screenshot("ratings-question-after-portrait");
        page.setViewportSize(1280, 800);

        // 2: BAD, then "Change my answer", then GOOD.
        waitForQuestion(2, "Were you part of it from the start to the finish?");
        button("BAD").click();
        assertThat(heading("What was bad? Pick all that fit.")).isVisible();
        page.waitForTimeout(1700);
        button("Skip").click();
        assertThat(page.getByText("You said BAD. Thank you.")).isVisible();
        page.waitForTimeout(1700);
        button("Change my answer").click();
        assertThat(button("GOOD")).isVisible();
        assertThat(page.getByText("Question 2 of 6")).isVisible();
        page.waitForTimeout(1700);
        button("GOOD").click();
        assertThat(page.getByText("You said GOOD. Thank you.")).isVisible();

        waitForQuestion(3, "Did people use words you understand?");
        button("Not sure").click();
        assertThat(page.getByText("You said NOT SURE. Thank you.")).isVisible();

        waitForQuestion(4, "Did everyone listen to you?");
        button("Skip").click();
        assertThat(page.getByText("You skipped this question.")).isVisible();

        waitForQuestion(5, "Were you asked before decisions were made?");
        button("BAD").click();
        assertThat(heading("What was bad? Pick all that fit.")).isVisible();
        page.waitForTimeout(1700);
        button("Skip").click();
        assertThat(page.getByText("You said BAD. Thank you.")).isVisible();

        waitForQuestion(6, "How was today?");
        assertThat(button("Not sure")).hasCount(0);
        button("GOOD").click();

        assertThat(heading("Did someone help you answer?"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertAccessible("did someone help you");
        screenshot("ratings-helped-landscape");
        button("No").click();
        assertThat(page.getByText("Thank you for telling us what you think.")).isVisible();
        assertAccessible("thanks");
        page.waitForURL(origin() + "/", new Page.WaitForURLOptions().setTimeout(20_000));

        Map<String, String> stored = jdbc.sql("SELECT question_id, answer FROM answer").query().listOfRows().stream()
                .collect(Collectors.toMap(r -> (String) r.get("QUESTION_ID"), r -> (String) r.get("ANSWER")));
        assertThat(stored)
                .isEqualTo(Map.of(
                        "paid",
                        "GOOD",
                        "start-to-finish",
                        "GOOD",
                        "words",
                        "NOT_SURE",
                        "listened",
                        "SKIPPED",
                        "asked-first",
                        "BAD",
                        "how-was-today",
                        "GOOD"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM answer WHERE helped = FALSE")
                        .query(Integer.class)
                        .single())
                .isEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT sitting_id) FROM answer")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void you_said_we_did_is_reachable_from_tell_us_and_accessible() {
        jdbc.sql("DELETE FROM reply").update();
        jdbc.sql(
                        "INSERT INTO reply (venue_id, you_said, we_did, symbol, created_at) VALUES ('main', 'The room was too cold.', 'We bought a heater.', 'today', CURRENT_TIMESTAMP)")
                .update();
        open("/tell-us");
        button("You said, we did").click();
        assertThat(page.getByText("You said: The room was too cold.")).isVisible();
        assertAccessible("You said, we did");
        screenshot("ratings-you-said-we-did");
        button("Back to Tell us").click();
        assertThat(heading("Tell us what you think")).isVisible();
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void waitForQuestion(int number, String text) {
        assertThat(page.getByText("Question " + number + " of 6"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(heading(text)).isVisible();
    }

    /** GOOD and BAD: at least 240 px, far apart, and their words at 7:1 contrast or more. */
    private void assertBigAndApart() {
        BoundingBox good = button("GOOD").boundingBox();
        BoundingBox bad = button("BAD").boundingBox();
        for (BoundingBox box : List.of(good, bad)) {
            assertThat(box.width).isGreaterThanOrEqualTo(240);
            assertThat(box.height).isGreaterThanOrEqualTo(240);
        }
        assertThat(bad.x - (good.x + good.width))
                .as("space between GOOD and BAD")
                .isGreaterThanOrEqualTo(60);
        for (String name : List.of("GOOD", "BAD")) {
            double ratio = ((Number) button(name).evaluate("""
                    b => {
                      const lum = c => { const v = c.match(/\\d+/g).slice(0, 3).map(x => x / 255)
                        .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
                        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
                      const s = getComputedStyle(b);
                      const a = lum(s.color), c = lum(s.backgroundColor);
                      return (Math.max(a, c) + 0.05) / (Math.min(a, c) + 0.05);
                    }""")).doubleValue();
            assertThat(ratio).as("contrast of " + name).isGreaterThanOrEqualTo(7.0);
        }
    }
}
