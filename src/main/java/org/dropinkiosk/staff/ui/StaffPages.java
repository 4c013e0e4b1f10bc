package org.dropinkiosk.staff.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This feature's pages in the staff menu. */
@Configuration(proxyBeanMethods = false)
class StaffPages {

    @Bean
    StaffPage staffTodayPage() {
        return new StaffPage(10, "staff.menu.today", TodayView.class);
    }

    @Bean
    StaffPage staffPronunciationsPage() {
        return new StaffPage(66, "staff.menu.pronunciations", PronunciationsView.class);
    }

    @Bean
    StaffPage staffPrivacyPage() {
        return new StaffPage(70, "staff.menu.privacy", PrivacyView.class);
    }

    @Bean
    StaffPage staffChangePinPage() {
        return new StaffPage(85, "staff.menu.pin", ChangePinView.class);
    }
}
