package org.dropinkiosk.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.dropinkiosk.content.ContentLibrary;
import org.dropinkiosk.kiosk.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Browserless: staff see the easy-read check of the news and can read the content again. */
@SpringBootTest
class ContentCheckViewTest extends SpringBrowserlessTest {

    @Autowired
    Messages messages;

    @Autowired
    ContentLibrary library;

    @Test
    void staff_see_the_check_and_reload_the_content() {
        // Built directly: the staff login is the staff feature's own (and tested there).
        ContentCheckView view = new ContentCheckView(messages, library);
        UI.getCurrent().add(view);
        assertThat(view.getElement().getTextRecursively()).contains("No problems found");
        NativeButton reload = find(NativeButton.class, view).all().stream()
                .filter(b -> b.getText().equals("Reload content"))
                .findFirst()
                .orElseThrow();
        test(reload).click();
        String status = find(Paragraph.class, view).all().stream()
                .filter(p -> "content-status".equals(p.getId().orElse("")))
                .findFirst()
                .orElseThrow()
                .getText();
        assertThat(status).matches("Content read again: \\d+ pages on \\d+ screens\\.");
    }
}
