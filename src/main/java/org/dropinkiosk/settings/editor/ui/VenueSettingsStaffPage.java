package org.dropinkiosk.settings.editor.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the venue Settings page in the staff menu, after Pronunciations. */
@Configuration(proxyBeanMethods = false)
class VenueSettingsStaffPage {

    @Bean
    StaffPage venueSettingsMenuEntry() {
        return new StaffPage(67, "settings.menu", VenueSettingsView.class);
    }
}
