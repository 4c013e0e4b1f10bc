package org.dropinkiosk.ratings.ui;

import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers this feature's pages in the staff menu. */
@Configuration(proxyBeanMethods = false)
class RatingsStaffPages {

    @Bean
    StaffPage ratingsAnswersPage() {
        return new StaffPage(40, "ratings.staff.answers", AnswersView.class);
    }

    @Bean
    StaffPage ratingsRepliesPage() {
        return new StaffPage(41, "ratings.staff.replies", RepliesView.class);
    }
}
