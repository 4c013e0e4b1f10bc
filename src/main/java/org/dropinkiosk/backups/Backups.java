package org.dropinkiosk.backups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dropinkiosk.config.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Consistent online backups of the H2 database into {@code <data-dir>/backups}: every night after
 * {@code kiosk.backup-time} (or as soon as the kiosk is on after that time) and on demand; the newest
 * 14 are kept. On PostgreSQL backups are pg_dump's job, so nothing is done here.
 */
@Service
public class Backups {

    public static final int KEEP = 14;
    static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'kiosk-'yyyyMMdd-HHmmss'.zip'");
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    /** One backup file. */
    public record Backup(Path file, LocalDateTime made, long bytes) {}

    private final DataSource dataSource;
    private final Path folder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LocalTime nightly;

    public Backups(
            DataSource dataSource,
            KioskSettings settings,
            ApplicationEventPublisher events,
            Clock clock,
            BackupSettings backupSettings) {
        this.dataSource = dataSource;
        this.folder = settings.dataDir().resolve("backups");
        this.events = events;
        this.clock = clock;
        this.nightly = backupSettings.backupTime();
    }

    public Path folder() {
        return folder;
    }

    /** Backups are made here only for the H2 file database. */
    public boolean supported() {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return "H2".equals(meta.getDatabaseProductName()) && meta.getURL().startsWith("jdbc:h2:file:");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes a backup now (H2's BACKUP TO is consistent while the kiosk runs) and keeps the newest 14. */
    public synchronized Backup backupNow(String actor) {
        if (!supported()) {
            throw new IllegalStateException("Backups are made by pg_dump on PostgreSQL");
        }
        try {
            Files.createDirectories(folder);
            LocalDateTime now = LocalDateTime.now(clock);
            Path file = folder.resolve(NAME.format(now));
            while (Files.exists(file)) {
                now = now.plusSeconds(1);
                file = folder.resolve(NAME.format(now));
            }
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute(
                        "BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            int removed = prune();
            Backup made = new Backup(file, now, Files.size(file));
            events.publishEvent(
                    new BackupMade(actor, file.getFileName().toString(), made.bytes() / 1024, removed, null));
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            events.publishEvent(new BackupMade(actor, null, 0, 0, e.getMessage()));
            throw new IllegalStateException("The backup could not be written", e);
        }
    }

    /** The backups there are, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("kiosk-\\d{8}-\\d{6}\\.zip"))
                    .map(f -> new Backup(f, LocalDateTime.parse(f.getFileName().toString(), NAME), size(f)))
                    .sorted(Comparator.comparing(Backup::made).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every few minutes: once the backup time has passed and there is no backup of today yet, make one. */
    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT5M")
    void nightly() {
        LocalDate today = LocalDate.now(clock);
        if (LocalTime.now(clock).isBefore(nightly)
                || !supported()
                || list().stream().anyMatch(b -> b.made().toLocalDate().equals(today))) {
            return;
        }
        try {
            backupNow("kiosk");
        } catch (RuntimeException e) {
            log.error("The nightly backup failed; it is tried again in five minutes", e);
        }
    }

    private int prune() throws IOException {
        List<Backup> all = list();
        int removed = 0;
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
            removed++;
        }
        return removed;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
