package org.dropinkiosk.config;

import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * The settings that apply without a restart (venue name, idle time, speech rate, retention days), bound again
 * from kiosk.yml whenever it changes, exactly as at start-up: the file in the place Spring read it, below the
 * command line and the environment (decision 1703). A file that cannot be used keeps the last good values. The
 * other settings stay as the kiosk started; {@link #restartNeeded()} names those the file now changes.
 */
@Component
public class LiveSettings {

    public static final String FILE = "kiosk.yml";
    private static final Logger log = LoggerFactory.getLogger(LiveSettings.class);

    private final KioskSettings started;
    private final ConfigurableEnvironment environment;
    private final Validator validator;
    private volatile KioskSettings onDisk;

    @Autowired
    public LiveSettings(KioskSettings started, ConfigurableEnvironment environment, Validator validator) {
        this.started = started;
        this.environment = environment;
        this.validator = validator;
        this.onDisk = started;
    }

    /** Settings that never change while the kiosk runs (for tests and tools without kiosk.yml). */
    public static LiveSettings fixed(KioskSettings settings) {
        return new LiveSettings(settings, null, null);
    }

    public String venueName() {
        return onDisk.venueName();
    }

    public Duration idleTimeout() {
        return onDisk.idleTimeout();
    }

    public int speechRate() {
        return onDisk.speechRate();
    }

    public int retentionDays() {
        return onDisk.retentionDays();
    }

    /** The value of each setting as kiosk.yml (with the command line and environment) says now. */
    public String shown(VenueSetting setting) {
        return setting.shown(onDisk);
    }

    /** The settings the file changes that apply only once the kiosk starts again. */
    public List<VenueSetting> restartNeeded() {
        KioskSettings now = onDisk;
        return Arrays.stream(VenueSetting.values())
                .filter(s -> !s.live() && !s.shown(now).equals(s.shown(started)))
                .toList();
    }

    @EventListener
    void changed(ConfigChanged changed) {
        if (changed.file().equals(FILE)) {
            reread();
        }
    }

    /** Binds kiosk.yml again; keeps the last good values if it cannot be used (start-up names the mistake). */
    public synchronized void reread() {
        if (environment == null) {
            return;
        }
        try {
            KioskSettings read =
                    bind(KioskFiles.read(started.configDir().resolve(FILE)).text());
            if (validator.validate(read).isEmpty()) {
                onDisk = read;
            } else {
                log.warn("{} has a setting out of range; the last good settings stay in use", FILE);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("{} could not be read again; the last good settings stay in use: {}", FILE, e.toString());
        }
    }

    private KioskSettings bind(String text) throws IOException {
        MutablePropertySources sources = new MutablePropertySources(environment.getPropertySources());
        String before = null;
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source.getName().contains(FILE)) { // the file as it was read last
                sources.remove(source.getName());
            } else if (before == null && source.getName().contains("application.properties")) {
                before = source.getName();
            }
        }
        List<PropertySource<?>> file =
                new CheckedYamlLoader().load(FILE, new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), FILE));
        for (PropertySource<?> part : file) {
            if (before == null) {
                sources.addLast(part);
            } else {
                sources.addBefore(before, part);
            }
        }
        Binder binder = new Binder(
                ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources),
                ApplicationConversionService.getSharedInstance());
        return binder.bindOrCreate("kiosk", Bindable.of(KioskSettings.class));
    }
}
