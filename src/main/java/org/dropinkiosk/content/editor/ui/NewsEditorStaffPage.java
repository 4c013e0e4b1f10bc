package org.dropinkiosk.content.editor.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the News editor in the staff menu, beside the News check. */
@Configuration(proxyBeanMethods = false)
class NewsEditorStaffPage {

    @Bean
    StaffPage newsPagesStaffPage() {
        return new StaffPage(39, "content.editor.menu", NewsListView.class);
    }
}
