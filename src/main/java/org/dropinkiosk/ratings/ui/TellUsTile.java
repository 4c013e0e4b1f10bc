package org.dropinkiosk.ratings.ui;

import org.dropinkiosk.kiosk.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers this feature's tile on Home. */
@Configuration(proxyBeanMethods = false)
class TellUsTile {

    @Bean
    HomeTile tellusHomeTile() {
        return new HomeTile(40, "ratings.tile", "talk", TellUsView.class);
    }
}
