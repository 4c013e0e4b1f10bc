package org.dropinkiosk.visits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Browserless: a visitor whose name is never shown types it, is asked "Are you Quinn with the fish?"
 * one visitor at a time, and the staff roll call is right after every press.
 */
// Its own Spring context: reusing WhoIsHereViewTest's after another context had run lost the mock staff login there.
@SpringBootTest(properties = {"kiosk.staff.leave-on-visitor-screens=false", "kiosk.visits.private-matches=6"})
@WithMockUser(roles = "STAFF")
class PrivateVisitorViewTest extends SpringBrowserlessTest {

    @Autowired
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    SignInView view;
    Visitor fish;
    Visitor cat;

    @BeforeEach
    void twoHiddenQuinnsCameYesterday() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        fish = visits.registerAndSignIn(new NewVisitor("Quinn", "fish", "none", false, true, false));
        cat = visits.registerAndSignIn(new NewVisitor("Quinn", "cat", "none", false, false, false));
        jdbc.sql("DELETE FROM visit").update();
        view = navigate(SignInView.class);
    }

    @Test
    void a_hidden_visitor_finds_themselves_by_picture_and_comes_in_once() {
        press("Yes");
        assertThat(text()).doesNotContain("Quinn");
        press("My name is not here");
        typeAll("Q", "U", "I", "N", "N");
        press("Next");
        assertThat(heading()).isEqualTo("Is this you?");
        String first = question();
        assertThat(first).isIn("Are you Quinn with the fish?", "Are you Quinn with the cat?");
        assertThat(buttons()).containsExactly("Yes", "No");
        if (first.contains("cat")) {
            press("No");
        }
        assertThat(question()).isEqualTo("Are you Quinn with the fish?");
        assertThat(text()).doesNotContain("cat");
        press("Yes");
        assertThat(text()).contains("Hello Quinn. You are signed in.");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor").query(Integer.class).single())
                .isEqualTo(2);
        assertThat(visits.isHere(fish.id())).isTrue();
        assertThat(visits.isHere(cat.id())).isFalse();
        assertThat(rollCall()).containsExactly("Quinn fish");
    }

    @Test
    void no_to_every_quinn_goes_on_as_a_new_visitor_with_a_picture_of_their_own() {
        press("No");
        typeAll("Q", "U", "I", "N", "N");
        press("Next");
        press("No");
        press("No");
        assertThat(heading()).isEqualTo("Your group");
        press("No group");
        assertThat(buttons()).doesNotContain("fish", "cat");
    }

    @Test
    void going_home_the_same_way_signs_out_and_the_roll_call_follows() {
        visits.signIn(fish.id());
        assertThat(rollCall()).containsExactly("Quinn fish");
        view = navigate(SignInView.class);
        press("Going home?");
        assertThat(text()).contains("Type your first name to sign out.").doesNotContain("Nobody can sign out");
        typeAll("Q", "U", "I", "N", "N");
        press("Next");
        if (question().contains("cat")) {
            press("No");
        }
        press("Yes");
        assertThat(text()).contains("Goodbye Quinn. You are signed out.");
        assertThat(rollCall()).isEmpty();
    }

    @Test
    void a_name_nobody_has_and_a_no_to_everyone_say_the_same() {
        press("Going home?");
        typeAll("Z", "O", "E");
        press("Next");
        String nobody = text();
        navigate("", Component.class);
        view = navigate(SignInView.class);
        press("Going home?");
        typeAll("Q", "U", "I", "N", "N");
        press("Next");
        press("No");
        press("No");
        assertThat(text())
                .isEqualTo(nobody.replace("Zoe", "Quinn"))
                .contains("We did not find your name. Please ask a member of staff.");
    }

    private List<String> rollCall() {
        WhoIsHereView roll = navigate(WhoIsHereView.class);
        List<String> names = find(NativeTableRow.class, roll).all().stream()
                .skip(1)
                .map(r -> r.getElement().getChild(0).getTextRecursively() + " "
                        + r.getElement().getChild(1).getTextRecursively())
                .toList();
        view = navigate(SignInView.class);
        return names;
    }

    private String question() {
        return find(Paragraph.class, view).all().stream()
                .filter(p ->
                        p.getParent().filter(d -> d.hasClassName("visits-ask")).isPresent())
                .findFirst()
                .orElseThrow()
                .getText();
    }

    private void typeAll(String... letters) {
        for (String letter : letters) {
            press(letter);
        }
    }

    private void press(String says) {
        test(find(NativeButton.class, view).all().stream()
                        .filter(b -> says.equals(b.getElement().getAttribute("data-say")) && b.isVisible())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no button '" + says + "' among " + buttons())))
                .click();
    }

    private List<String> buttons() {
        return find(NativeButton.class, view).all().stream()
                .filter(NativeButton::isVisible)
                .map(b -> b.getElement().getAttribute("data-say"))
                .toList();
    }

    private String heading() {
        return find(H1.class, view).single().getText();
    }

    private String text() {
        return view.getElement().getTextRecursively();
    }
}
