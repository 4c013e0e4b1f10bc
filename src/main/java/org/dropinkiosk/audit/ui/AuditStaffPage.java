package org.dropinkiosk.audit.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the audit trail page in the staff menu. */
@Configuration(proxyBeanMethods = false)
class AuditStaffPage {

    @Bean
    StaffPage staffAuditPage() {
        return new StaffPage(90, "audit.menu", AuditView.class);
    }
}
