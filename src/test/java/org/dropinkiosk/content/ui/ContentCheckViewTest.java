package org.dropinkiosk.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless: staff see the easy-read check of the news and can read the content again. */
@SpringBootTest
@WithMockUser(roles = "STAFF")
class ContentCheckViewTest extends SpringBrowserlessTest {

    @Test
    void staff_see_the_check_and_reload_the_content() {
        ContentCheckView view = navigate(ContentCheckView.class);
        assertThat(view.getElement().getTextRecursively()).contains("No problems found");
        NativeButton reload = find(NativeButton.class, view).all().stream()
                .filter(b -> b.getText().equals("Reload content")).findFirst().orElseThrow();
        test(reload).click();
        String status = find(Paragraph.class, view).all().stream().filter(p -> "content-status".equals(p.getId().orElse("")))
                .findFirst().orElseThrow().getText();
        assertThat(status).matches("Content read again: \\d+ pages on \\d+ screens\\.");
    }
}
