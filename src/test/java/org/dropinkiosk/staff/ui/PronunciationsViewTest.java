package org.dropinkiosk.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.kiosk.StaffKeyboard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless, logged in as staff: bad rows (a 10,000-letter word, YAML signs, a duplicate, an empty word) get
 * sentences naming each row and leave the file and the typed rows as they were; fixed, they are saved and audited.
 */
@SpringBootTest(properties = {"kiosk.staff.leave-on-visitor-screens=false", "kiosk.venue-id=pronunciations-view"})
@WithMockUser(roles = "STAFF")
class PronunciationsViewTest extends SpringBrowserlessTest {

    static final Path CONFIG = TestConfigStore.copyOfKioskConfig("pronunciations-view");

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) {
        registry.add("kiosk.config-dir", CONFIG::toString);
    }

    private List<TextField> fields(PronunciationsView view, String kind) {
        return find(TextField.class, view).all().stream()
                .filter(f -> f.getClassNames().contains(kind))
                .toList();
    }

    private void press(PronunciationsView view, String id) {
        test(find(NativeButton.class, view).withId(id).single()).click();
    }

    @Test
    void bad_rows_are_named_and_nothing_is_lost_then_the_fixed_rows_are_saved_and_audited() throws IOException {
        Path file = CONFIG.resolve("pronunciations.yml");
        String before = Files.readString(file);
        PronunciationsView view = navigate("staff/pronunciations", PronunciationsView.class);
        assertThat(fields(view, "pronunciation-word")).hasSize(7);
        assertThat(find(StaffKeyboard.class).all()).hasSize(1);

        String huge = "a".repeat(10_000);
        String[][] typed = {{huge, "Lots"}, {"Time: #1 \"now\"", "Time"}, {"leicester", "Lester again"}, {"", "Nobody"}
        };
        for (String[] row : typed) {
            press(view, "pronunciations-add");
            int last = fields(view, "pronunciation-word").size() - 1;
            test(fields(view, "pronunciation-word").get(last)).setValue(row[0]);
            test(fields(view, "pronunciation-say").get(last)).setValue(row[1]);
        }
        press(view, "pronunciations-save");

        String said = view.getElement().getTextRecursively();
        assertThat(said)
                .contains("Nothing was saved yet.")
                .contains("Word 8 (\"" + "a".repeat(30) + "…\"): the word is too long. Use at most 60 letters.")
                .contains("Word 9 (\"Time: #1 \"now\"\"): use only letters, numbers, spaces and these marks: ' . & -")
                .contains("Word 10 (\"leicester\") is also word 3. Keep one of them and remove the other.")
                .contains("Word 11: write the word as it is written, or press Remove.")
                .doesNotContain(huge);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(fields(view, "pronunciation-word").get(7).getValue()).isEqualTo(huge);
        assertThat(fields(view, "pronunciation-word").get(7).isInvalid()).isTrue();

        test(fields(view, "pronunciation-word").get(7)).setValue("Stroud");
        test(fields(view, "pronunciation-say").get(7)).setValue("Strowd");
        test(fields(view, "pronunciation-word").get(8)).setValue("O'Neill");
        test(fields(view, "pronunciation-say").get(8)).setValue("Oh neel");
        test(fields(view, "pronunciation-word").get(9)).setValue("Painswick");
        test(fields(view, "pronunciation-say").get(9)).setValue("Paynz wick");
        test(fields(view, "pronunciation-word").get(10)).setValue("Nailsworth");
        press(view, "pronunciations-save");

        assertThat(view.getElement().getTextRecursively())
                .contains("Saved. The kiosk says these words the new way from now on.");
        assertThat(Files.readString(file))
                .contains("  - word: O'Neill\n    say: Oh neel\n")
                .contains("  - word: Nailsworth\n    say: Nobody\n");
        assertThat(jdbc.sql(
                                "SELECT detail FROM audit_event WHERE venue_id = 'pronunciations-view' AND action = 'pronunciations'")
                        .query(String.class)
                        .list())
                .containsExactly("Saved pronunciations.yml: 11 words; 4 added, 0 changed, 0 removed");
    }
}
