package org.dropinkiosk.backups;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dropinkiosk.config.KioskSettings;
import org.flywaydb.core.Flyway;
import org.h2.tools.Restore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Puts a backup back while the kiosk runs (H2 only): the backup is unpacked and checked in a staging folder,
 * the pool is paused, the audit lines written since the backup are carried over, the live database is shut
 * and moved aside (never deleted), the restored one takes its place and the pool goes on with it.
 * See docs/decisions/807-restore-in-the-staff-area-by-swapping-files-under-a-paused-pool.md.
 */
@Service
public class RestoreInPlace {

    /** Why nothing was restored. */
    public enum Problem {
        DAMAGED,
        NOT_SUPPORTED,
        BUSY
    }

    /** How a restore ended: where the replaced database is kept, or why nothing changed. */
    public record Outcome(Path keptIn, Problem problem) {
        public boolean restored() {
            return problem == null;
        }
    }

    static final String STAGING = "restore-staging";
    private static final long DRAIN_MS = 15_000;
    private static final int MAX_CARRIED = 100_000;
    private static final Logger log = LoggerFactory.getLogger(RestoreInPlace.class);

    private final DataSource dataSource;
    private final Backups backups;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Flyway> flyway;
    private final Path dataDir;

    public RestoreInPlace(
            DataSource dataSource,
            Backups backups,
            ApplicationEventPublisher events,
            ObjectProvider<Flyway> flyway,
            KioskSettings settings) {
        this.dataSource = dataSource;
        this.backups = backups;
        this.events = events;
        this.flyway = flyway;
        this.dataDir = settings.dataDir().toAbsolutePath().normalize();
    }

    /** True where this can work: the H2 file database behind a Hikari pool. */
    public boolean supported() {
        return backups.supported() && hikari() != null;
    }

    public synchronized Outcome restore(Backups.Backup backup, String actor, String when) {
        if (!supported()) {
            return new Outcome(null, Problem.NOT_SUPPORTED);
        }
        Path staging = dataDir.resolve(STAGING);
        String name = backup.file().getFileName().toString();
        HikariDataSource pool = hikari();
        try {
            stage(backup.file(), staging, pool);
        } catch (IOException | SQLException | RuntimeException e) {
            log.warn("The backup {} could not be used; nothing was changed", name, e);
            deleteQuietly(staging);
            events.publishEvent(new BackupRefused(actor, name));
            return new Outcome(null, Problem.DAMAGED);
        }
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        Connection live = null;
        Path kept;
        try {
            live = pool.getConnection();
            bean.suspendPool(); // new borrowers wait; the ones inside finish their work
            if (!drained(bean)) {
                return new Outcome(null, Problem.BUSY);
            }
            kept = RestoreBackup.asideFolder(dataDir);
            try (Connection restored = open(staging, pool)) {
                carryAudit(live, restored);
                restored.createStatement().execute("SHUTDOWN");
            }
            live.createStatement().execute("SHUTDOWN");
            swap(staging, kept);
        } catch (IOException | SQLException e) {
            log.error("Putting back {} stopped part-way; see the data folder {}", name, dataDir, e);
            throw new IllegalStateException("The restore stopped part-way", e);
        } finally {
            if (live != null) {
                pool.evictConnection(live); // closed for good: it belonged to the database that was shut
            }
            bean.softEvictConnections(); // so do the idle ones
            bean.resumePool();
            deleteQuietly(staging);
        }
        // Only now, with the pool going on with the restored database, is the audit line written: into that one.
        events.publishEvent(
                new BackupRestored(actor, when, name, dataDir.relativize(kept).toString()));
        return new Outcome(kept, null);
    }

    /** Unpacks the backup into the staging folder, opens it and brings its tables up to this version. */
    private void stage(Path backup, Path staging, HikariDataSource pool) throws IOException, SQLException {
        if (!Files.isRegularFile(backup)) {
            throw new IOException("no backup file " + backup);
        }
        RestoreBackup.checkIsKioskBackup(backup);
        deleteQuietly(staging);
        Files.createDirectories(staging);
        Restore.execute(backup.toString(), staging.toString(), RestoreBackup.DATABASE);
        Flyway migrations = flyway.getIfAvailable();
        if (migrations != null) {
            Flyway.configure(getClass().getClassLoader())
                    .configuration(migrations.getConfiguration())
                    .dataSource(url(staging), pool.getUsername(), pool.getPassword())
                    .load()
                    .migrate();
        }
        try (Connection c = open(staging, pool);
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_event")) {
            rs.next();
            c.createStatement().execute("SHUTDOWN");
        }
    }

    /** Waits, bounded, until only our own connection is still out of the pool. */
    private static boolean drained(HikariPoolMXBean bean) {
        long until = System.nanoTime() + DRAIN_MS * 1_000_000;
        while (bean.getActiveConnections() > 1) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Audit lines written after the backup's newest one go into the restored database, oldest first. */
    private static void carryAudit(Connection live, Connection restored) throws SQLException {
        OffsetDateTime since = null;
        try (ResultSet rs = restored.createStatement().executeQuery("SELECT MAX(at) FROM audit_event")) {
            if (rs.next()) {
                since = rs.getObject(1, OffsetDateTime.class);
            }
        }
        String select = "SELECT at, venue_id, actor, action, detail FROM audit_event"
                + (since == null ? "" : " WHERE at > ?") + " ORDER BY at, id FETCH FIRST " + MAX_CARRIED + " ROWS ONLY";
        try (PreparedStatement read = live.prepareStatement(select);
                PreparedStatement write = restored.prepareStatement(
                        "INSERT INTO audit_event (at, venue_id, actor, action, detail) VALUES (?, ?, ?, ?, ?)")) {
            if (since != null) {
                read.setObject(1, since);
            }
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    write.setObject(1, rs.getObject(1, OffsetDateTime.class));
                    for (int i = 2; i <= 5; i++) {
                        write.setString(i, rs.getString(i));
                    }
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }

    /** The live files go aside, the restored ones take their place; if the second step fails the first is undone. */
    private void swap(Path staging, Path kept) throws IOException {
        RestoreBackup.moveAside(dataDir, kept);
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(RestoreBackup.DATABASE + "."))
                    .toList()) {
                Files.move(f, dataDir.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            try (Stream<Path> back = Files.list(kept)) {
                for (Path f : back.toList()) {
                    Files.move(f, dataDir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            throw e;
        }
    }

    private static Connection open(Path folder, HikariDataSource pool) throws SQLException {
        return DriverManager.getConnection(url(folder) + ";IFEXISTS=TRUE", pool.getUsername(), pool.getPassword());
    }

    private static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(RestoreBackup.DATABASE).toAbsolutePath();
    }

    private HikariDataSource hikari() {
        try {
            return dataSource instanceof HikariDataSource h
                    ? h
                    : dataSource.isWrapperFor(HikariDataSource.class)
                            ? dataSource.unwrap(HikariDataSource.class)
                            : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("Could not tidy {}: {}", folder, e.getMessage());
        }
    }
}
