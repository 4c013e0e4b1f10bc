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
    StaffPage staffExportsPage() {
        return new StaffPage(20, "staff.menu.exports", ExportsView.class);
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
    StaffPage staffBackupsPage() {
        return new StaffPage(80, "staff.menu.backups", BackupsView.class);
    }

    @Bean
    StaffPage staffChangePinPage() {
        return new StaffPage(85, "staff.menu.pin", ChangePinView.class);
    }

    @Bean
    StaffPage staffAuditPage() {
        return new StaffPage(90, "staff.menu.audit", AuditView.class);
    }
}
