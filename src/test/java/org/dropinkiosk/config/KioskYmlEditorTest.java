package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The Settings page's way into kiosk.yml: only the changed values' lines change (comments, order and the staff
 * hashes stay), a bad value is refused in words made from the record's own rules, a file changed since it was
 * opened is not overwritten, and the live settings follow the file without a restart.
 */
class KioskYmlEditorTest {

    static final String FILE = """
            # The venue's settings.
            kiosk:
              # The name shown at the top of every screen.
              venue-name: Riverside Drop-in
              time-zone: Europe/London
              # After this much quiet (20s to 30m).
              idle-timeout: 60s   # a minute
              speech-rate: 140
              retention-days: 365
              access:
                scanning: "off"
              staff-pin-hash: "$2a$10$abcdefghijklmnopqrstuv"
              staff-recovery-hash: "$2a$10$zyxwvutsrqponmlkjihgfe"
            """;

    @TempDir
    Path dir;

    private ConfigurableApplicationContext context;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KioskSettings.class)
    @ImportAutoConfiguration({
        ConfigurationPropertiesAutoConfiguration.class,
        ValidationAutoConfiguration.class,
        MessageSourceAutoConfiguration.class
    })
    @Import({LiveSettings.class, KioskYmlEditor.class})
    static class EditorOnly {}

    private KioskYmlEditor start(String... more) throws Exception {
        Files.writeString(dir.resolve("kiosk.yml"), FILE);
        return startAsItIs(more);
    }

    private KioskYmlEditor startAsItIs(String... more) {
        SpringApplication app = new SpringApplication(EditorOnly.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String[] args = Stream.concat(
                        Stream.of(
                                "--spring.config.import=file:" + dir.resolve("kiosk.yml"),
                                "--kiosk.config-dir=" + dir,
                                "--spring.messages.basename=messages/config,messages/settings",
                                "--spring.main.banner-mode=off",
                                "--logging.level.root=off"),
                        Stream.of(more))
                .toArray(String[]::new);
        context = app.run(args);
        return context.getBean(KioskYmlEditor.class);
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    private static Map<VenueSetting, String> typed(KioskYmlEditor.Opened opened, VenueSetting s, String value) {
        Map<VenueSetting, String> typed = new EnumMap<>(opened.values());
        typed.put(s, value);
        return typed;
    }

    @Test
    void only_the_changed_lines_change_and_comments_order_and_hashes_stay() throws Exception {
        KioskYmlEditor editor = start();
        KioskYmlEditor.Opened opened = editor.open();
        Map<VenueSetting, String> typed = typed(opened, VenueSetting.IDLE_TIMEOUT, "90s");
        typed.put(VenueSetting.VENUE_NAME, "Hill \"Top\" Hall: yes");
        assertThat(editor.check(typed)).isEmpty();

        editor.save(opened, typed);

        String expected = KioskYmlLines.STAFF_WRITES + "\n"
                + FILE.replace("venue-name: Riverside Drop-in", "venue-name: \"Hill \\\"Top\\\" Hall: yes\"")
                        .replace("idle-timeout: 60s   # a minute", "idle-timeout: 90s   # a minute");
        assertThat(Files.readString(dir.resolve("kiosk.yml"))).isEqualTo(expected);
        LiveSettings live = context.getBean(LiveSettings.class);
        assertThat(live.venueName()).isEqualTo("Hill \"Top\" Hall: yes");
        assertThat(live.idleTimeout()).hasSeconds(90);
        assertThat(live.restartNeeded()).isEmpty();
    }

    @Test
    void a_value_out_of_range_is_refused_with_the_range_from_the_record_and_nothing_is_written() throws Exception {
        KioskYmlEditor editor = start();
        KioskYmlEditor.Opened opened = editor.open();
        Map<VenueSetting, String> typed = typed(opened, VenueSetting.IDLE_TIMEOUT, "5s");
        typed.put(VenueSetting.SPEECH_RATE, "fast");
        typed.put(VenueSetting.TIME_ZONE, "Mars/Olympus");

        Map<VenueSetting, String> mistakes = editor.check(typed);

        assertThat(mistakes.get(VenueSetting.IDLE_TIMEOUT))
                .isEqualTo("'5s' is not allowed here: a time between 20s and 30m, such as 60s or 2m.");
        assertThat(mistakes.get(VenueSetting.SPEECH_RATE))
                .isEqualTo("'fast' is not allowed here: words per minute from 80 to 250, such as 140.");
        assertThat(mistakes).containsKey(VenueSetting.TIME_ZONE).hasSize(3);
        assertThat(editor.allowed(VenueSetting.RETENTION_DAYS)).isEqualTo("a whole number of days from 1 to 3650");
        assertThat(dir.resolve("kiosk.yml")).hasContent(FILE);
    }

    @Test
    void a_file_changed_since_it_was_opened_is_not_overwritten() throws Exception {
        KioskYmlEditor editor = start();
        KioskYmlEditor.Opened opened = editor.open();
        Files.writeString(dir.resolve("kiosk.yml"), FILE.replace("140", "150"));

        assertThatThrownBy(() -> editor.save(opened, typed(opened, VenueSetting.SPEECH_RATE, "120")))
                .isInstanceOf(KioskFiles.ChangedOnDisk.class);
        assertThat(Files.readString(dir.resolve("kiosk.yml"))).contains("speech-rate: 150");
    }

    @Test
    void a_restart_only_setting_is_named_until_the_kiosk_starts_again() throws Exception {
        KioskYmlEditor editor = start();
        KioskYmlEditor.Opened opened = editor.open();
        editor.save(opened, typed(opened, VenueSetting.TIME_ZONE, "Europe/Dublin"));

        assertThat(context.getBean(LiveSettings.class).restartNeeded()).containsExactly(VenueSetting.TIME_ZONE);
        assertThat(context.getBean(KioskSettings.class).timeZone().getId()).isEqualTo("Europe/London");
        context.close();
        startAsItIs();
        assertThat(context.getBean(LiveSettings.class).restartNeeded()).isEmpty();
        assertThat(context.getBean(KioskSettings.class).timeZone().getId()).isEqualTo("Europe/Dublin");
    }

    @Test
    void the_command_line_still_wins_over_the_file_when_it_is_read_again() throws Exception {
        KioskYmlEditor editor = start("--kiosk.venue-name=Mill Room");
        KioskYmlEditor.Opened opened = editor.open();
        editor.save(opened, typed(opened, VenueSetting.SPEECH_RATE, "120"));

        LiveSettings live = context.getBean(LiveSettings.class);
        assertThat(live.venueName()).isEqualTo("Mill Room");
        assertThat(live.speechRate()).isEqualTo(120);
    }
}
