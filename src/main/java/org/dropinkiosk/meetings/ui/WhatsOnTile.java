package org.dropinkiosk.meetings.ui;

import org.dropinkiosk.kiosk.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers this feature's tile on Home. */
@Configuration(proxyBeanMethods = false)
class WhatsOnTile {

    @Bean
    HomeTile whatsonHomeTile() {
        return new HomeTile(20, "meetings.tile", "calendar", WhatsOnView.class);
    }
}
