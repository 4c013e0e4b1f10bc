package org.dropinkiosk.visits.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.dropinkiosk.config.TestConfigStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless, logged in as staff: an empty new group and a name used twice get sentences naming the row and
 * leave the file; a group with visits is hidden rather than removed; the fixed list is saved and audited.
 */
@SpringBootTest(properties = {"kiosk.staff.leave-on-visitor-screens=false", "kiosk.venue-id=groups-view"})
@WithMockUser(roles = "STAFF")
class GroupsViewTest extends SpringBrowserlessTest {

    static final Path CONFIG = TestConfigStore.copyOfKioskConfig("groups-view");

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownSettingsFolder(DynamicPropertyRegistry registry) {
        registry.add("kiosk.config-dir", CONFIG::toString);
    }

    private TextField field(GroupsView view, String id) {
        return find(TextField.class, view).withId(id).single();
    }

    private void press(GroupsView view, String label) {
        test(find(NativeButton.class, view).withAttribute("aria-label", label).single())
                .click();
    }

    private void pressText(GroupsView view, String text) {
        test(find(NativeButton.class, view).withText(text).single()).click();
    }

    @Test
    void mistakes_are_named_a_used_group_is_hidden_and_the_list_is_saved_and_audited() throws IOException {
        Path file = CONFIG.resolve("groups.yml");
        String before = Files.readString(file);
        jdbc.sql("INSERT INTO visitor (venue_id, name, symbol, group_id, created_at)"
                        + " VALUES ('groups-view', 'Ann', 'star', 'network', ?)")
                .param(OffsetDateTime.now())
                .update();
        GroupsView view = navigate("staff/groups", GroupsView.class);
        assertThat(find(TextField.class, view).all()).hasSize(4); // three names and the new group's

        pressText(view, "Add the group");
        assertThat(view.getElement().getTextRecursively()).contains("Write the new group’s name first.");
        test(field(view, "groups-new-name")).setValue("Art club");
        pressText(view, "Add the group");
        test(field(view, "group-name-2")).setValue("Art Club");
        pressText(view, "Save");
        assertThat(view.getElement().getTextRecursively())
                .contains("Nothing was saved yet. Group 4 has the same name as group 2. Give each its own name.");
        assertThat(Files.readString(file)).isEqualTo(before);

        test(field(view, "group-name-2")).setValue("Coffee morning");
        press(view, "Remove Network meeting");
        assertThat(view.getElement().getTextRecursively())
                .contains("People have signed in with Network meeting, so it is hidden instead of removed.");
        pressText(view, "Yes, hide it");
        press(view, "Remove Coffee morning");
        assertThat(view.getElement().getTextRecursively()).contains("Remove the group Coffee morning?");
        pressText(view, "Yes, remove it");
        pressText(view, "Save");

        assertThat(view.getElement().getTextRecursively())
                .contains("Saved. The sign-in screen shows these groups now.");
        assertThat(Files.readString(file))
                .contains("- name: Network meeting\n    id: network\n    symbol: meet\n    hidden: true\n")
                .contains("- id: art-club\n    name: Art club\n    symbol: group_work\n")
                .doesNotContain("coffee-morning");
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = 'groups-view' AND action = 'groups-save'")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Saved groups.yml: 3 groups, 1 hidden; added 'Art club'; 1 changed; removed 'Coffee morning'");
    }
}
