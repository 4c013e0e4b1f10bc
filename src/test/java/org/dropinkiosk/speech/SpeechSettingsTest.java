package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

class SpeechSettingsTest {

    @Configuration
    @EnableConfigurationProperties(SpeechSettings.class)
    static class Settings {}

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class)
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class));

    @Test
    void
            the_disk_cache_holds_200_mb_a_phrase_200_words_and_a_client_180_requests_a_minute_unless_the_venue_says_otherwise() {
        runner.run(context -> {
            SpeechSettings s = context.getBean(SpeechSettings.class);
            assertThat(s.cacheMaxSize()).isEqualTo(DataSize.ofMegabytes(200));
            assertThat(s.maxWords()).isEqualTo(200);
            assertThat(s.requestsPerMinute()).isEqualTo(180);
            assertThat(s.requestBurst()).isEqualTo(240);
            assertThat(s.warmUp()).isTrue();
        });
        runner.withPropertyValues("kiosk.speech.cache-max-size=2GB", "kiosk.speech.max-words=120")
                .run(context -> assertThat(context.getBean(SpeechSettings.class))
                        .extracting(SpeechSettings::cacheMaxSize, SpeechSettings::maxWords)
                        .containsExactly(DataSize.ofGigabytes(2), 120));
    }

    @Test
    void a_cache_size_out_of_range_is_refused_naming_the_setting() {
        runner.withPropertyValues("kiosk.speech.cache-max-size=500KB")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("cacheMaxSize")
                        .hasMessageContaining("must be between 1MB and 100GB"));
        runner.withPropertyValues("kiosk.speech.cache-max-size=1TB")
                .run(context -> assertThat(context).hasFailed());
    }
}
