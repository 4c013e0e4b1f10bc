package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After BAD a visitor is asked "What was bad?", picks two choices (one by keyboard) and presses Done; staff then
 * find both picks in the Answers page and the CSV export. The repeat guard is off here: double taps are
 * checked in RatingServiceTest and TellUsViewTest, where the clock is moved by hand.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.staff-pin-hash=" + BrowserJourney.PIN_2468_HASH,
            "kiosk.venue-id=follow-up-journey",
            "kiosk.ratings.repeat-guard=0ms"
        })
class FollowUpJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        jdbc.sql("DELETE FROM answer WHERE venue_id = 'follow-up-journey'").update();
    }

    @Test
    void a_visitor_picks_two_reasons_after_bad_and_the_csv_export_counts_them() throws Exception {
        open("/tell-us");
        button("Working together with the NHS").click();
        assertThat(heading("Were you paid for your time?")).isVisible();
        button("BAD").click();

        assertThat(heading("What was bad? Pick all that fit.")).isVisible();
        Locator notPaid = button("We were not paid");
        Locator travel = button("We paid for our own travel");
        assertThat(notPaid).hasAttribute("aria-pressed", "false");
        assertAccessible("follow-up choices (1280x800)");
        assertBigTargets();
        screenshot("ratings-follow-up-landscape");
        page.setViewportSize(800, 1280);
        assertAccessible("follow-up choices (800x1280)");
        assertBigTargets();
        screenshot("ratings-follow-up-portrait");
        page.setViewportSize(1280, 800);

        notPaid.focus();
        page.keyboard().press("Enter");
        assertThat(notPaid).hasAttribute("aria-pressed", "true");
        travel.click();
        assertThat(travel).hasAttribute("aria-pressed", "true");
        assertAccessible("two choices picked");
        screenshot("ratings-follow-up-picked-landscape");
        button("Done").click();
        assertThat(page.getByText("You said BAD: We were not paid, We paid for our own travel. Thank you."))
                .isVisible();
        assertThat(jdbc.sql("SELECT follow_ups FROM answer WHERE venue_id = 'follow-up-journey'")
                        .query(String.class)
                        .single())
                .isEqualTo("not-paid;paid-own-travel");

        page.navigate(origin() + "/staff/login");
        for (String digit : List.of("2", "4", "6", "8")) {
            button(digit).click();
        }
        button("OK").click();
        page.waitForURL(origin() + "/staff");
        page.navigate(origin() + "/staff/answers");
        assertThat(page.locator(".ratings-tally")).containsText("We were not paid: 1, We paid for our own travel: 1");
        screenshot("ratings-follow-up-staff-answers");

        page.navigate(origin() + "/staff/exports");
        Path file = Path.of("target/screenshots/ratings-follow-up-answers.csv");
        download("Answers (CSV)", file);
        List<CSVRecord> rows = csvRows(file);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("question")).isEqualTo("paid");
            assertThat(row.get("answer")).isEqualTo("BAD");
            assertThat(row.get("follow_ups").split(";")).containsExactly("not-paid", "paid-own-travel");
        });
    }

    /** Every choice, Skip and Done: at least 96 px each way. */
    private void assertBigTargets() {
        Locator targets = page.locator(".ratings-follow .kiosk-button");
        assertThat(targets).hasCount(4);
        for (Locator target : targets.all()) {
            BoundingBox box = target.boundingBox();
            assertThat(box.width).as("width of " + target.textContent()).isGreaterThanOrEqualTo(96);
            assertThat(box.height).as("height of " + target.textContent()).isGreaterThanOrEqualTo(96);
            assertThat(box.y + box.height)
                    .as("bottom of " + target.textContent() + " on screen")
                    .isLessThanOrEqualTo(page.viewportSize().height);
        }
    }

    private Locator heading(String name) {
        return page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
