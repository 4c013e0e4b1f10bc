package org.dropinkiosk.ratings.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless, logged in as staff: the checker's finding shows beside a question as it is typed, a question of
 * 10,000 letters is refused in a sentence with the file unchanged, and a removed question is gone from the file.
 */
@SpringBootTest(properties = {"kiosk.staff.leave-on-visitor-screens=false", "kiosk.venue-id=questions-view"})
@WithMockUser(roles = "STAFF")
class QuestionsViewTest extends SpringBrowserlessTest {

    static final Path CONFIG = TestConfigStore.copyOfKioskConfig("questions-view");

    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) {
        registry.add("kiosk.config-dir", CONFIG::toString);
    }

    private void press(QuestionsView view, String id) {
        test(find(NativeButton.class, view).withId(id).single()).click();
    }

    @Test
    void the_checker_speaks_as_staff_type_a_huge_question_is_refused_and_a_removal_is_saved() throws IOException {
        Path file = CONFIG.resolve("questions.yml");
        String before = Files.readString(file);
        QuestionsView view = navigate("staff/questions", QuestionsView.class);
        TextField question =
                find(TextField.class, view).withId("question-text-2-2").single();
        assertThat(question.getValue()).isEqualTo("Did you feel welcome?");

        test(question).setValue("Did you feel welcome at the celebration?");
        assertThat(find(Div.class, view)
                        .withId("question-findings-2-2")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("“celebration” is a long word. Try “party”.");

        test(question).setValue("x".repeat(10_000));
        press(view, "questions-save");
        assertThat(view.getElement().getTextRecursively())
                .contains("Nothing was saved yet. Set 2, question 2: the question has 10,000 letters.")
                .doesNotContain("x".repeat(200));
        assertThat(Files.readString(file)).isEqualTo(before);

        press(view, "question-2-2-remove");
        assertThat(view.getElement().getTextRecursively())
                .contains("Remove Question 2 of set 2? Answers already given stay counted.");
        press(view, "question-2-2-remove-yes");
        press(view, "questions-save");

        assertThat(view.getElement().getTextRecursively()).contains("Saved. Tell us shows these questions now.");
        assertThat(Files.readString(file))
                .doesNotContain("Did you feel welcome")
                .contains("- id: how-was-today");
    }
}
