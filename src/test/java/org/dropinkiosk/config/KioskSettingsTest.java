package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;

/** kiosk.yml is read, overridable, and a mistake in it is one plain sentence naming file, line and field. */
class KioskSettingsTest {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KioskSettings.class)
    @ImportAutoConfiguration({ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class})
    static class SettingsOnly {}

    private KioskSettings load(String yaml, String... args) throws Exception {
        Files.writeString(dir.resolve("kiosk.yml"), yaml);
        SpringApplication app = new SpringApplication(SettingsOnly.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] all = Stream.concat(
                        Stream.of(
                                "--spring.config.import=file:" + dir.resolve("kiosk.yml"),
                                "--spring.main.banner-mode=off",
                                "--logging.level.root=off"),
                        Stream.of(args))
                .toArray(String[]::new);
        try (var context = app.run(all)) {
            return context.getBean(KioskSettings.class);
        }
    }

    private String mistakeFor(String yaml) {
        try {
            load(yaml);
        } catch (Exception e) {
            for (var analyzer : List.of(
                    new SettingsMistakeAnalyzer(new StandardEnvironment()),
                    new YamlMistakeAnalyzer(new StandardEnvironment()))) {
                FailureAnalysis analysis = analyzer.analyze(e);
                if (analysis != null) {
                    return analysis.getDescription();
                }
            }
            throw new AssertionError("no plain analysis for " + e, e);
        }
        throw new AssertionError("the settings were accepted");
    }

    @Test
    void the_venue_settings_are_read_from_kiosk_yml() throws Exception {
        KioskSettings s = load("kiosk:\n  venue-name: Hill Hall\n  idle-timeout: 90s\n  speech-rate: 120\n");
        assertThat(s.venueName()).isEqualTo("Hill Hall");
        assertThat(s.idleTimeout()).hasSeconds(90);
        assertThat(s.speechRate()).isEqualTo(120);
        assertThat(s.timeZone().getId()).isEqualTo("Europe/London");
        assertThat(s.hasStaffPin()).isFalse();
    }

    @Test
    void a_setting_on_the_command_line_wins_over_the_file() throws Exception {
        KioskSettings s = load("kiosk:\n  venue-name: Hill Hall\n", "--kiosk.venue-name=Mill Room");
        assertThat(s.venueName()).isEqualTo("Mill Room");
    }

    @Test
    void a_value_out_of_range_names_the_file_the_line_the_field_and_what_is_allowed() {
        String message = mistakeFor("kiosk:\n  venue-name: Hill Hall\n  speech-rate: 900\n");
        assertThat(message)
                .contains("kiosk.yml, line 3")
                .contains("'speech-rate' is '900'")
                .contains("Allowed: words per minute from 80 to 250")
                .startsWith("Setting mistake in ")
                .endsWith("kiosk.yml, line 3: 'speech-rate' is '900', which is not allowed."
                        + " Allowed: words per minute from 80 to 250, such as 140."); // config.startup.* words
    }

    @Test
    void an_idle_time_that_is_too_short_is_refused_in_plain_words() {
        String message = mistakeFor("kiosk:\n  idle-timeout: 5s\n");
        assertThat(message).contains("line 2").contains("'idle-timeout'").contains("between 20s and 30m");
    }

    @Test
    void a_value_of_the_wrong_kind_names_the_line_and_field() {
        String message = mistakeFor("kiosk:\n  retention-days: forever\n");
        assertThat(message).contains("line 2").contains("retention-days").contains("forever");
    }

    @Test
    void a_broken_yaml_line_names_the_file_and_line() {
        String message = mistakeFor("kiosk:\n  venue-name: Hill Hall\n   speech-rate: [140\n");
        assertThat(message).contains("kiosk.yml").containsPattern("line [34]");
    }

    @Test
    void a_bad_time_zone_names_the_field() {
        String message = mistakeFor("kiosk:\n  time-zone: Mars/Olympus\n");
        assertThat(message).contains("line 2").contains("time-zone");
    }
}
