package org.dropinkiosk.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The one watcher of kiosk-config: every two seconds it compares the names, sizes and times of the files in the
 * folder and the folders one level down (content/, pictures/), and tells the {@link ConfigStore} which changed.
 * A poll, not a WatchService, so that a folder on a USB stick or a network share is seen too (decision 402).
 */
@Component
public class ConfigWatcher implements SmartLifecycle {

    static final long POLL_MILLIS = 2000;
    /** A folder of more files than this is not a kiosk-config; the rest are not looked at. */
    static final int MOST_FILES = 5000;

    private static final Logger log = LoggerFactory.getLogger(ConfigWatcher.class);

    private final Path folder;
    private final ConfigStore store;
    private Map<String, String> seen;
    private ScheduledExecutorService poller;

    public ConfigWatcher(KioskSettings settings, ConfigStore store) {
        this.folder = settings.configDir();
        this.store = store;
    }

    /** Looks once; tells the store about each file that was added, changed or removed since the last look. */
    public synchronized void poll() {
        Map<String, String> now = stamps();
        if (seen != null) {
            Set<String> names = new HashSet<>(seen.keySet());
            names.addAll(now.keySet());
            names.stream()
                    .sorted()
                    .filter(n -> !Objects.equals(seen.get(n), now.get(n)))
                    .forEach(store::changed);
        }
        seen = now;
    }

    private Map<String, String> stamps() {
        Map<String, String> stamps = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return stamps;
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            files.limit(MOST_FILES)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(f -> {
                        try {
                            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                            if (a.isRegularFile()) {
                                stamps.put(
                                        folder.relativize(f).toString().replace('\\', '/'),
                                        a.size() + ":" + a.lastModifiedTime().toMillis());
                            }
                        } catch (IOException e) {
                            stamps.put(folder.relativize(f).toString().replace('\\', '/'), "unreadable");
                        }
                    });
        } catch (IOException | RuntimeException e) {
            log.warn("Looking for changes in {} failed; trying again shortly: {}", folder, e.toString());
        }
        return stamps;
    }

    @Override
    public synchronized void start() {
        if (poller != null) {
            return;
        }
        poll();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-config-watcher");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(
                () -> {
                    try {
                        poll();
                    } catch (RuntimeException e) {
                        log.warn("Reading a changed kiosk-config file failed; trying again shortly.", e);
                    }
                },
                POLL_MILLIS,
                POLL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
