package org.dropinkiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A real {@link ConfigStore} on a folder, with the kiosk's own message files, for tests of the features that read kiosk-config. */
public final class TestConfigStore {

    private TestConfigStore() {}

    public static KioskSettings settings(Path configDir, Path dataDir) {
        return new KioskSettings(
                "Test",
                "main",
                Locale.UK,
                ZoneId.of("Europe/London"),
                Duration.ofSeconds(60),
                140,
                365,
                "",
                configDir,
                dataDir);
    }

    public static ConfigStore in(Path configDir, ConfigProblems problems, ApplicationEventPublisher events) {
        return new ConfigStore(settings(configDir, configDir), problems, words(), events);
    }

    public static ConfigStore in(Path configDir, ConfigProblems problems) {
        return in(configDir, problems, event -> {});
    }

    /**
     * Copies the files at the top of the repository's kiosk-config (not its folders) into {@code folder}, for a test
     * whose app changes them; returns the folder.
     */
    public static Path copyOfKioskConfig(Path folder) {
        try (Stream<Path> files = Files.list(Path.of("kiosk-config"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("kiosk-config could not be copied to " + folder, e);
        }
        return folder;
    }

    /** The same, into a new temporary folder named after {@code prefix}. */
    public static Path copyOfKioskConfig(String prefix) {
        try {
            return copyOfKioskConfig(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every messages/*.properties file, as the application's message source has them. */
    public static ResourceBundleMessageSource words() {
        ResourceBundleMessageSource words = new ResourceBundleMessageSource();
        words.setDefaultEncoding("UTF-8");
        words.setFallbackToSystemLocale(false);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".properties") && !f.contains("_"))
                    .forEach(
                            f -> words.addBasenames("messages/" + f.substring(0, f.length() - ".properties".length())));
        } catch (IOException e) {
            throw new IllegalStateException("The message files are not where the build puts them", e);
        }
        return words;
    }
}
