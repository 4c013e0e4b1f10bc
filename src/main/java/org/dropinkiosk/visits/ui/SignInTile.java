package org.dropinkiosk.visits.ui;

import org.dropinkiosk.kiosk.HomeTile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers this feature's tile on Home. */
@Configuration(proxyBeanMethods = false)
class SignInTile {

    @Bean
    HomeTile signinHomeTile() {
        return new HomeTile(10, "visits.tile", "hello", SignInView.class);
    }
}
