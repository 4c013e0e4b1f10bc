package org.dropinkiosk.content.ui;

import org.dropinkiosk.kiosk.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers this feature's tile on Home. */
@Configuration(proxyBeanMethods = false)
class NewsTile {

    @Bean
    HomeTile newsHomeTile() {
        return new HomeTile(30, "content.tile", "newspaper", NewsView.class);
    }
}
