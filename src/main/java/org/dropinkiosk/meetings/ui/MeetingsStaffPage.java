package org.dropinkiosk.meetings.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the meetings page in the staff menu. */
@Configuration(proxyBeanMethods = false)
class MeetingsStaffPage {

    @Bean
    StaffPage meetingsStaffMenuEntry() {
        return new StaffPage(30, "meetings.staff.menu", StaffMeetingsView.class);
    }
}
