package org.dropinkiosk.visits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTableRow;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless: the staff roll call lists who is in now, with their group, and can be printed. */
@SpringBootTest(properties = "kiosk.staff.leave-on-visitor-screens=false")
@WithMockUser(roles = "STAFF")
class WhoIsHereViewTest extends SpringBrowserlessTest {

    @Autowired
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
    }

    @Test
    void the_roll_call_lists_everyone_in_now_and_not_who_went_home() {
        visits.registerAndSignIn(new NewVisitor("Zoë", "sun", "speak-up", false, false, false));
        visits.registerAndSignIn(new NewVisitor("Ньюман", "cat", "supporter", false, false, false));
        Visitor gone = visits.registerAndSignIn(new NewVisitor("Ada", "dog", "none", true, false, false));
        visits.signOut(gone.id());

        WhoIsHereView view = navigate(WhoIsHereView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Who is here now", "2 signed in now. 3 came today.");
        assertThat(find(NativeTableRow.class, view).all().stream()
                        .skip(1)
                        .map(r -> r.getElement().getTextRecursively()))
                .hasSize(2)
                .anySatisfy(row -> assertThat(row).contains("Zoë", "sun", "Speak Up group"))
                .anySatisfy(row -> assertThat(row).contains("Ньюман", "cat", "I am a supporter"));
        assertThat(text).doesNotContain("Ada");
        assertThat(find(NativeButton.class, view).all())
                .extracting(NativeButton::getText)
                .contains("Print");
    }

    @Test
    void nobody_in_says_so() {
        WhoIsHereView view = navigate(WhoIsHereView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Nobody is signed in now.");
    }
}
