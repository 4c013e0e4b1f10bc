package org.dropinkiosk.exports.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the Exports page in the staff menu. */
@Configuration(proxyBeanMethods = false)
class ExportsStaffPage {

    @Bean
    StaffPage staffExportsPage() {
        return new StaffPage(20, "exports.menu", ExportsView.class);
    }
}
