package org.dropinkiosk.visits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
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

/** Browserless: the sign-in steps, pressed the way a visitor presses them. */
@SpringBootTest
class SignInViewTest extends SpringBrowserlessTest {

    @Autowired
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    SignInView view;

    @BeforeEach
    void open() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        view = navigate(SignInView.class);
    }

    @Test
    void the_first_step_asks_whether_you_have_been_here_before_with_yes_and_no() {
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(text()).contains("Have you been here before?");
        assertThat(buttons()).contains("Yes", "No", "Going home?");
    }

    @Test
    void a_new_visitor_types_a_name_chooses_group_picture_and_voice_and_is_greeted() {
        press("No");
        assertThat(heading()).isEqualTo("Your name");
        typeAll("S", "A", "M");
        assertThat(typed()).isEqualTo("Sam");
        press("Next");
        assertThat(heading()).isEqualTo("Your group");
        assertThat(buttons()).contains("Speak Up group", "Coffee morning", "No group", "I am a supporter");
        press("Coffee morning");
        assertThat(heading()).isEqualTo("Your picture");
        press("cat");
        assertThat(heading()).isEqualTo("How the kiosk works for me");
        press("Read every screen aloud");
        assertThat(button("Read every screen aloud").getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(button("Slower speech").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
        press("Next");
        assertThat(text()).contains("Can we show your name on the screen next time?");
        press("No");
        assertThat(text()).contains("Hello Sam. You are signed in.");

        Visitor sam = visits.whoIsHere().stream()
                .map(p -> visits.visitor(p.visitorId()).orElseThrow())
                .findFirst()
                .orElseThrow();
        assertThat(sam)
                .extracting(
                        Visitor::name,
                        Visitor::symbol,
                        Visitor::groupId,
                        Visitor::showName,
                        Visitor::slowerSpeech,
                        Visitor::readAloud)
                .containsExactly("Sam", "cat", "coffee-morning", false, false, true);
    }

    @Test
    void the_keyboard_switches_order_reaches_accents_and_spells_names_with_apostrophes() {
        press("No");
        assertThat(buttons()).containsSubsequence("A", "B", "C", "D");
        press("Keyboard order");
        assertThat(buttons()).containsSubsequence("Q", "W", "E", "R", "T", "Y");
        press("Letters with accents");
        typeAll("É");
        press("Letters");
        press("A B C order");
        typeAll("L", "O", "D", "I", "E");
        assertThat(typed()).isEqualTo("Élodie");
        for (int i = 0; i < 6; i++) {
            press("Delete");
        }
        typeAll("O");
        press("Apostrophe");
        typeAll("B", "R", "I", "E", "N");
        press("Hyphen");
        typeAll("S", "M", "I", "T", "H");
        assertThat(typed()).isEqualTo("O'Brien-Smith");
        assertThat(button("A").getElement().getAttribute("data-say")).isEqualTo("A");
        assertThat(button("Space").getElement().getAttribute("data-say")).isEqualTo("Space");
    }

    @Test
    void next_without_a_name_asks_kindly_for_one_and_stays() {
        press("No");
        press("Next");
        assertThat(heading()).isEqualTo("Your name");
        assertThat(text()).contains("Please type your name first.");
        press("Space");
        press("Next");
        var problem = problem();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Please type your name first.");
        press("S");
        assertThat(problem.isVisible())
                .as("the sentence goes once the visitor types again")
                .isFalse();
    }

    private Paragraph problem() {
        return find(Paragraph.class, view).all().stream()
                .filter(p -> p.hasClassName("visits-problem"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_grid_shows_only_visitors_who_agreed_and_tells_two_sams_apart() {
        visits.registerAndSignIn(new NewVisitor("Sam", "sun", "none", true, false, false));
        visits.registerAndSignIn(new NewVisitor("Sam", "cat", "none", true, false, false));
        visits.registerAndSignIn(new NewVisitor("Zed", "dog", "none", false, false, false));
        press("Yes");
        assertThat(heading()).isEqualTo("Find your name");
        assertThat(buttons()).contains("Sam with the sun", "Sam with the cat").noneMatch(b -> b.contains("Zed"));
        assertThat(text()).doesNotContain("Zed");
    }

    @Test
    void a_second_sign_in_today_says_already_signed_in_and_going_home_signs_out() {
        Visitor ada = visits.registerAndSignIn(new NewVisitor("Ada", "cat", "none", true, false, false));
        press("Yes");
        press("Ada with the cat");
        assertThat(text()).contains("You are already signed in, Ada.");
        assertThat(visits.countToday()).isEqualTo(1);
        press("Going home?");
        assertThat(text()).contains("Goodbye Ada. You are signed out.");
        assertThat(visits.isHere(ada.id())).isFalse();
    }

    @Test
    void going_home_from_the_first_screen_shows_only_who_is_here() {
        Visitor ada = visits.registerAndSignIn(new NewVisitor("Ada", "cat", "none", true, false, false));
        Visitor ben = visits.registerAndSignIn(new NewVisitor("Ben", "sun", "none", true, false, false));
        visits.signOut(ben.id());
        press("Going home?");
        assertThat(buttons()).contains("Ada with the cat").doesNotContain("Ben with the sun");
        press("Ada with the cat");
        assertThat(text()).contains("Goodbye Ada. You are signed out.");
        assertThat(visits.isHere(ada.id())).isFalse();
    }

    @Test
    void more_names_than_fit_are_found_by_their_first_letter() {
        for (String name : List.of("Ada", "Abel", "Ben", "Bea", "Cara", "Dev", "Eli", "Fay", "Gus")) {
            visits.registerAndSignIn(new NewVisitor(name, "sun", "none", true, false, false));
        }
        press("Yes");
        assertThat(text()).contains("Press the first letter of your name.");
        press("Letter B");
        assertThat(buttons()).contains("Ben with the sun", "Bea with the sun").doesNotContain("Ada with the sun");
        press("Another letter");
        press("Letter A");
        assertThat(buttons()).contains("Ada with the sun", "Abel with the sun");
    }

    @Test
    void a_picture_chosen_by_someone_of_the_same_name_is_not_offered_again() {
        visits.registerAndSignIn(new NewVisitor("Sam", "sun", "none", true, false, false));
        press("No");
        typeAll("S", "A", "M");
        press("Next");
        press("No group");
        assertThat(buttons()).contains("star", "cat").doesNotContain("sun");
    }

    @Test
    void the_pictures_offered_do_not_betray_a_hidden_visitor_of_the_same_name() {
        visits.registerAndSignIn(new NewVisitor("Quinn", "sun", "none", false, false, false));
        visits.registerAndSignIn(new NewVisitor("Quinn", "star", "none", false, false, false));
        // A Quinn who typed part of the name is never asked about either hidden Quinn: all pictures.
        int forQuin = picturesOfferedTo(false, "Q", "U", "I", "N");
        navigate("", Component.class);
        view = navigate(SignInView.class);
        int forQqqq = picturesOfferedTo(false, "Q", "Q", "Q", "Q");
        assertThat(forQuin).isEqualTo(forQqqq).isEqualTo(SignInView.SYMBOLS.size());
        // A Quinn asked about both and saying No loses exactly the two pictures already shown to them.
        navigate("", Component.class);
        view = navigate(SignInView.class);
        assertThat(picturesOfferedTo(true, "Q", "U", "I", "N", "N")).isEqualTo(SignInView.SYMBOLS.size() - 2);
    }

    private int picturesOfferedTo(boolean askedAbout, String... letters) {
        press("No");
        typeAll(letters);
        press("Next");
        while (askedAbout && buttons().contains("Yes")) {
            press("No");
        }
        press("No group");
        assertThat(heading()).isEqualTo("Your picture");
        return (int) buttons().stream()
                .filter(b -> SignInView.SYMBOLS.stream().anyMatch(s -> b.equals(s)))
                .count();
    }

    @Test
    void the_final_press_keeps_the_visitor_once_even_when_pressed_again() {
        press("No");
        typeAll("S", "A", "M");
        press("Next");
        press("No group");
        press("star");
        press("Next");
        NativeButton yes = button("Yes");
        test(yes).click();
        assertThat(yes.isEnabled()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM visitor").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void leaving_the_screen_forgets_what_was_typed() {
        press("No");
        typeAll("S", "A", "M");
        navigate("", Component.class);
        view = navigate(SignInView.class);
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(text()).doesNotContain("Sam");
    }

    private void typeAll(String... letters) {
        for (String letter : letters) {
            press(letter);
        }
    }

    private void press(String says) {
        test(button(says)).click();
    }

    private NativeButton button(String says) {
        return find(NativeButton.class, view).all().stream()
                .filter(b -> says.equals(b.getElement().getAttribute("data-say")) && b.isVisible())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + says + "' among " + buttons()));
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

    private String typed() {
        return find(Paragraph.class, view).all().stream()
                .filter(p -> p.getId().filter("visits-typed"::equals).isPresent())
                .findFirst()
                .orElseThrow()
                .getElement()
                .getTextRecursively()
                .replace("Your name: ", "")
                .strip();
    }
}
