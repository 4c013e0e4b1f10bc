package org.dropinkiosk.backups.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the Backups page in the staff menu. */
@Configuration(proxyBeanMethods = false)
class BackupsStaffPage {

    @Bean
    StaffPage staffBackupsPage() {
        return new StaffPage(80, "backups.menu", BackupsView.class);
    }
}
