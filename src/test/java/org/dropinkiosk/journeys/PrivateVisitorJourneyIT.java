package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.Present;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two visitors called Quinn who never show their name come back, find themselves by typing it and
 * answering "Are you Quinn with the fish?", keep their choices, and sign themselves out; the database
 * and the roll call are checked at every step.
 */
class PrivateVisitorJourneyIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitService visits;

    @Autowired
    Clock clock;

    Visitor fish;
    Visitor cat;

    @BeforeEach
    void twoHiddenQuinnsCameBefore() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        // The page's clock flows as usual; it is moved on only to type a double letter at a person's pace.
        page.clock().install();
        fish = visits.registerAndSignIn(new NewVisitor("Quinn", "fish", "none", false, true, false));
        cat = visits.registerAndSignIn(new NewVisitor("Quinn", "cat", "none", false, false, false));
        visits.registerAndSignIn(new NewVisitor("Ada", "sun", "none", true, false, false));
        LocalDate today = LocalDate.now(clock);
        movedBack(fish, today.minusDays(1));
        movedBack(cat, today.minusDays(10));
    }

    @Test
    void a_hidden_visitor_comes_again_keeps_their_choices_and_signs_themselves_out() {
        open("/sign-in");
        button("Yes").click();
        heading("Find your name");
        assertThat(page.locator(".kiosk-content")).not().containsText("Quinn");
        button("My name is not here").click();
        type("QUINN");

        heading("Is this you?");
        assertThat(page.locator(".visits-ask")).hasText("Are you Quinn with the fish?");
        assertThat(page.locator(".kiosk-content")).not().containsText("cat");
        checkedBothWays("private-1-is-this-you");
        button("Yes").click();

        assertThat(page.getByText("Hello Quinn. You are signed in.")).isVisible();
        screenshot("private-2-hello");
        assertThat(visitorRows()).as("a second visit is not a second visitor").isEqualTo(2);
        assertThat(visitsOf(fish)).isEqualTo(2);
        assertThat(rollCall()).containsExactly("Ada sun", "Quinn fish");
        assertThat(page.evaluate("sessionStorage.getItem('kioskSpeech.slower')"))
                .as("Quinn's slower speech came back")
                .isEqualTo("true");

        // Slower on the bar while signed in is kept for next time; Home comes after it in the same queue.
        page.locator("#kiosk-slower").click();
        assertThat(page.locator("#kiosk-slower")).hasAttribute("aria-pressed", "false");
        page.locator("#kiosk-home").click();
        page.waitForURL(origin() + "/");
        assertThat(slower(fish)).isFalse();

        // The choices screen again, after finding themselves.
        open("/sign-in");
        button("Yes").click();
        button("My name is not here").click();
        type("QUINN");
        button("Yes").click();
        assertThat(page.getByText("You are already signed in, Quinn.")).isVisible();
        checkedBothWays("private-2b-already");
        assertThat(visitsOf(fish)).isEqualTo(2);
        button("How the kiosk works for me").click();
        heading("How the kiosk works for me");
        checkedBothWays("private-2c-choices-again");
        button("Read every screen aloud").click();
        assertThat(button("Read every screen aloud")).hasAttribute("aria-pressed", "true");
        button("Done").click();
        assertThat(page.getByText("Your choices are kept for next time.")).isVisible();
        assertThat(readAloud(fish)).isTrue();

        // Going home: the other Quinn is asked about apart, by picture; then the right one signs out.
        open("/sign-in");
        button("Going home?").click();
        heading("Going home");
        assertThat(page.locator(".kiosk-content")).not().containsText("Quinn");
        checkedBothWays("private-3a-going-home-grid");
        button("My name is not here").click();
        type("QUINN");
        assertThat(page.locator(".visits-ask")).hasText("Are you Quinn with the fish?");
        button("No").click();
        assertThat(page.locator(".visits-ask")).hasText("Are you Quinn with the cat?");
        screenshot("private-3-the-other-quinn");
        button("No").click();
        assertThat(page.getByText("We did not find your name. Please ask a member of staff."))
                .isVisible();
        checkedBothWays("private-4-not-found");
        assertThat(rollCall()).containsExactly("Ada sun", "Quinn fish");
        button("Type it again").click();
        type("QUINN");
        button("Yes").click();
        assertThat(page.getByText("Goodbye Quinn. You are signed out.")).isVisible();
        screenshot("private-5-goodbye");
        assertThat(rollCall()).containsExactly("Ada sun");
        assertThat(visitorRows()).isEqualTo(2);
        assertThat(visitsOf(fish)).isEqualTo(2);
    }

    @Test
    void going_home_with_nobody_shown_here_goes_straight_to_the_keyboard() {
        jdbc.sql("UPDATE visit SET signed_out_at = signed_in_at").update();
        visits.signIn(cat.id());
        open("/sign-in");
        button("Going home?").click();
        heading("Going home");
        assertThat(page.getByText("Type your first name to sign out.")).isVisible();
        assertThat(page.locator(".kiosk-content")).not().containsText("Nobody can sign out");
        checkedBothWays("private-6-going-home-keyboard");
        type("QUINN");
        // Quinn with the cat came today, so is asked about first.
        assertThat(page.locator(".visits-ask")).hasText("Are you Quinn with the cat?");
        button("Yes").click();
        assertThat(page.getByText("Goodbye Quinn. You are signed out.")).isVisible();
        assertThat(visits.isHere(cat.id())).isFalse();
    }

    private void movedBack(Visitor visitor, LocalDate day) {
        jdbc.sql("UPDATE visit SET visit_date = ?, signed_out_at = signed_in_at WHERE visitor_id = ?")
                .params(day, visitor.id())
                .update();
    }

    private void type(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (i > 0 && name.charAt(i) == name.charAt(i - 1)) {
                // The same key again at a person's pace: past the double-tap guard (350 ms, decision 1801).
                page.clock().runFor(400);
            }
            button(Character.toString(name.charAt(i))).click();
        }
        assertThat(page.locator("#visits-typed"))
                .containsText(name.charAt(0) + name.substring(1).toLowerCase());
        button("Next").click();
    }

    private void checkedBothWays(String name) {
        assertAccessible(name + " (1280x800)");
        KioskChecks.assertTargetSizes(page);
        screenshot(name);
        page.setViewportSize(800, 1280);
        assertAccessible(name + " (800x1280)");
        KioskChecks.assertTargetSizes(page);
        screenshot(name + "-portrait");
        page.setViewportSize(1280, 800);
    }

    private List<String> rollCall() {
        return visits.whoIsHere().stream()
                .map((Present p) -> p.name() + " " + p.symbol())
                .toList();
    }

    private int visitorRows() {
        return jdbc.sql("SELECT COUNT(*) FROM visitor WHERE name = 'Quinn'")
                .query(Integer.class)
                .single();
    }

    private int visitsOf(Visitor visitor) {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE visitor_id = ?")
                .param(visitor.id())
                .query(Integer.class)
                .single();
    }

    private boolean slower(Visitor visitor) {
        return jdbc.sql("SELECT slower_speech FROM visitor WHERE id = ?")
                .param(visitor.id())
                .query(Boolean.class)
                .single();
    }

    private boolean readAloud(Visitor visitor) {
        return jdbc.sql("SELECT read_aloud FROM visitor WHERE id = ?")
                .param(visitor.id())
                .query(Boolean.class)
                .single();
    }

    private void heading(String name) {
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
    }
}
