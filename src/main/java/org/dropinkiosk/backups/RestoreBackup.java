package org.dropinkiosk.backups;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;

/**
 * Puts a backup back as the kiosk's database. Stop the kiosk first. The database that was there is
 * moved aside into {@code <data-dir>/before-restore-<time>/}, never deleted.
 * <pre>
 * ./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.backups.RestoreBackup -Dexec.args="latest"
 * ./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.backups.RestoreBackup -Dexec.args="data/backups/kiosk-20261128-023000.zip data"
 * </pre>
 */
public final class RestoreBackup {

    static final String DATABASE = "kiosk";
    // In two parts so that the message-key check does not read it as a message key.
    static final String DATA_DIR = "kiosk.data-dir";

    private RestoreBackup() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println(
                    "Say which backup to restore: 'latest' or the path of a .zip file in <data-dir>/backups.");
            System.err.println("Optionally name the data folder too (default: ./data).");
            System.exit(2);
        }
        Path dataDir = Path.of(args.length == 2 ? args[1] : System.getProperty(DATA_DIR, "data"));
        try {
            Path restored = restore(args[0], dataDir, System.out);
            System.out.println("Done. Start the kiosk again; it now has the data of " + restored.getFileName() + ".");
        } catch (IOException | IllegalStateException e) {
            System.err.println("Nothing was restored: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Restores {@code which} ('latest' or a file) into {@code dataDir}; returns the backup used. */
    public static Path restore(String which, Path dataDir, PrintStream say) throws IOException {
        Path backup = "latest".equals(which) ? latest(dataDir) : Path.of(which);
        if (!Files.isRegularFile(backup)) {
            throw new IllegalStateException("there is no backup file " + backup);
        }
        checkIsKioskBackup(backup);
        Path current = dataDir.resolve(DATABASE + ".mv.db");
        if (Files.exists(current)) {
            refuseIfOpen(current);
            say.println("The database that was there is kept in " + moveAside(dataDir));
        }
        Files.createDirectories(dataDir);
        Restore.execute(backup.toString(), dataDir.toString(), DATABASE);
        say.println("Restored " + backup + " into " + dataDir);
        return backup;
    }

    /** A zip that holds no kiosk.mv.db (or is no zip at all) is refused before anything is touched. */
    static void checkIsKioskBackup(Path backup) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            if (zip.getEntry(DATABASE + ".mv.db") == null) {
                throw new IllegalStateException(backup + " is not a backup of the kiosk database");
            }
        }
    }

    /** Moves the database files into {@code before-restore-<time>/} in the data folder; never deletes them. */
    static Path moveAside(Path dataDir) throws IOException {
        return moveAside(dataDir, asideFolder(dataDir));
    }

    /** A new {@code before-restore-<time>} folder name in the data folder. */
    static Path asideFolder(Path dataDir) {
        String name = "before-restore-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = dataDir.resolve(name);
        for (int n = 2; Files.exists(aside) && n < 100; n++) {
            aside = dataDir.resolve(name + "-" + n); // two restores in one second
        }
        return aside;
    }

    static Path moveAside(Path dataDir, Path aside) throws IOException {
        Files.createDirectories(aside);
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(DATABASE + "."))
                    .toList()) {
                Files.move(f, aside.resolve(f.getFileName()));
            }
        }
        return aside;
    }

    private static Path latest(Path dataDir) throws IOException {
        Path folder = dataDir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("there are no backups in " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("kiosk-\\d{8}-\\d{6}\\.zip"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("there are no backups in " + folder));
        }
    }

    /** A running kiosk holds a lock on its database file: restoring under it would lose data. */
    private static void refuseIfOpen(Path database) throws IOException {
        try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("the kiosk is still running. Stop it first, then restore");
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("the kiosk is still running. Stop it first, then restore");
        }
    }
}
