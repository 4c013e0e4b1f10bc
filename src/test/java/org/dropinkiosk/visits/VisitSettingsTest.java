package org.dropinkiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class VisitSettingsTest {

    @Configuration
    @EnableConfigurationProperties(VisitSettings.class)
    static class Settings {}

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void everyone_is_signed_out_at_one_minute_to_midnight_unless_the_venue_says_otherwise() {
        runner.run(context ->
                assertThat(context.getBean(VisitSettings.class).signOutAt()).isEqualTo(LocalTime.of(23, 59)));
        runner.withPropertyValues("kiosk.visits.sign-out-at=16:30")
                .run(context -> assertThat(context.getBean(VisitSettings.class).signOutAt())
                        .isEqualTo(LocalTime.of(16, 30)));
        runner.withPropertyValues("kiosk.visits.sign-out-at=9:05")
                .run(context -> assertThat(context.getBean(VisitSettings.class).signOutAt())
                        .isEqualTo(LocalTime.of(9, 5)));
    }
}
