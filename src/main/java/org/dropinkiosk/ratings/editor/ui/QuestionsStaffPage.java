package org.dropinkiosk.ratings.editor.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the question sets editor in the staff menu, after the groups editor. */
@Configuration(proxyBeanMethods = false)
class QuestionsStaffPage {

    @Bean
    StaffPage questionSetsEditorPage() {
        return new StaffPage(43, "ratings.editor.menu", QuestionsView.class);
    }
}
