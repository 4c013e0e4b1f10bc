package org.dropinkiosk.visits.ui;

import org.dropinkiosk.kiosk.HelpLink;
import org.dropinkiosk.kiosk.HomeTile;
import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers this feature's tile on Home, the visitor's own choices on Help, and its page in the staff menu. */
@Configuration(proxyBeanMethods = false)
class SignInTile {

    @Bean
    HomeTile signinHomeTile() {
        return new HomeTile(10, "visits.tile", "hello", SignInView.class);
    }

    @Bean
    HelpLink choicesHelpLink() {
        return new HelpLink(10, "visits.talk.change", "computer_speaker", SignInView.CHOICES);
    }

    @Bean
    StaffPage whoIsHereStaffPage() {
        return new StaffPage(10, "visits.staff.here", WhoIsHereView.class);
    }
}
