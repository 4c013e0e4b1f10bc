package org.dropinkiosk.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way the kiosk writes a file in {@code kiosk-config/}: a temporary file beside it, then a move over the
 * old one, so a power cut or a full disk leaves the old file or the new one, never half of one. A save names the
 * {@link Version} it was made from; if someone changed the file since (a text editor, a second staff member),
 * nothing is written and {@link ChangedOnDisk} says so.
 */
public final class KioskFiles {

    private static final Object WRITING = new Object();

    private KioskFiles() {}

    /** A file's text as it was read, and the version to save against (a missing file has {@link Version#MISSING}). */
    public record Snapshot(String text, Version version) {}

    /** What a file held when it was read: the SHA-256 of its bytes, or {@link #MISSING}. */
    public record Version(String sha256) {
        public static final Version MISSING = new Version("");

        static Version of(byte[] bytes) {
            try {
                return new Version(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java has SHA-256", e);
            }
        }
    }

    /** The file changed on disk after it was opened: the save was not made. */
    public static final class ChangedOnDisk extends IOException {
        private final Path file;

        ChangedOnDisk(Path file) {
            super(file.getFileName() + " was changed by someone else after it was opened");
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    public static Snapshot read(Path file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new Snapshot(new String(bytes, StandardCharsets.UTF_8), Version.of(bytes));
        } catch (NoSuchFileException missing) {
            return new Snapshot("", Version.MISSING);
        }
    }

    /** Writes {@code text} if the file still holds what {@code expected} says; returns the new version. */
    public static Version write(Path file, String text, Version expected) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        synchronized (WRITING) { // the check and the move as one step for every writer in this app
            if (!read(file).version().equals(expected)) {
                throw new ChangedOnDisk(file);
            }
            write(file, bytes);
        }
        return Version.of(bytes);
    }

    /** Writes the bytes atomically, whatever the file held before (for files only the kiosk writes). */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
