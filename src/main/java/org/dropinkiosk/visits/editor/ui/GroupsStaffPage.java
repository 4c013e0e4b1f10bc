package org.dropinkiosk.visits.editor.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the groups editor in the staff menu, after the News editor. */
@Configuration(proxyBeanMethods = false)
class GroupsStaffPage {

    @Bean
    StaffPage groupsEditorPage() {
        return new StaffPage(42, "visits.editor.menu", GroupsView.class);
    }
}
