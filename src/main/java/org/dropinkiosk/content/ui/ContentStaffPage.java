package org.dropinkiosk.content.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the news check in the staff menu. */
@Configuration(proxyBeanMethods = false)
class ContentStaffPage {

    @Bean
    StaffPage newsCheckStaffPage() {
        return new StaffPage(40, "content.staff.menu", ContentCheckView.class);
    }
}
