package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dropinkiosk.speech.SpeechSettings;
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

/** A wrong speech setting in kiosk.yml is one plain sentence naming the line, the setting and what is allowed. */
class SpeechSettingsMistakeTest {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SpeechSettings.class)
    @ImportAutoConfiguration({ConfigurationPropertiesAutoConfiguration.class, ValidationAutoConfiguration.class})
    static class SpeechOnly {}

    private String mistakeFor(String yaml) throws Exception {
        Files.writeString(dir.resolve("kiosk.yml"), yaml);
        SpringApplication app = new SpringApplication(SpeechOnly.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (var context = app.run(
                "--spring.config.import=file:" + dir.resolve("kiosk.yml"),
                "--spring.main.banner-mode=off",
                "--logging.level.root=off")) {
            throw new AssertionError("the settings were accepted");
        } catch (RuntimeException e) {
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
    }

    @Test
    void a_cache_size_out_of_range_or_not_a_size_names_the_line_the_setting_and_what_is_allowed() throws Exception {
        assertThat(mistakeFor("kiosk:\n  speech:\n    cache-max-size: 10KB\n"))
                .contains("line 3")
                .contains("cache-max-size")
                .contains("Allowed: a size from 1MB to 100GB, such as 200MB");
        assertThat(mistakeFor("kiosk:\n  speech:\n    cache-max-size: lots\n"))
                .contains("line 3")
                .contains("cache-max-size")
                .contains("Allowed: a size from 1MB to 100GB, such as 200MB");
        assertThat(mistakeFor("kiosk:\n  speech:\n    max-words: 5\n"))
                .contains("max-words")
                .contains("Allowed: a whole number of words from 10 to 2000");
    }
}
