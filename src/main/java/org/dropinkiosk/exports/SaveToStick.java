package org.dropinkiosk.exports;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.dropinkiosk.exports.RemovableDrives.Drive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Saves an export onto a USB stick: written under a ".part" name, forced to the stick, read back and counted,
 * then renamed to its real name. Anything that goes wrong removes the part file (or leaves it named ".part")
 * and says why in one word the page turns into a sentence. Every save and every failure is audited.
 */
@Service
public class SaveToStick {

    static final String PART = ".part";
    /** File systems that are read-only by kind (CDs, images), not by a lock switch: "use another stick". */
    static final Set<String> READ_ONLY_KINDS = Set.of("iso9660", "udf", "squashfs", "cramfs", "erofs");

    private static final Logger log = LoggerFactory.getLogger(SaveToStick.class);

    /** Why a save did not finish. */
    public enum Problem {
        STICK_GONE,
        STICK_FULL,
        READ_ONLY,
        NOT_WRITABLE,
        NOT_WHOLE
    }

    /** How a save ended: the rows and file on success, else the problem. */
    public record Outcome(Drive drive, String fileName, long rows, Problem problem) {
        public boolean saved() {
            return problem == null;
        }
    }

    private final Exports exports;
    private final ApplicationEventPublisher events;
    /** Runs after the rows are written and before they are forced to the stick; tests pull the stick out here. */
    private Consumer<Path> afterWrite = part -> {};

    public SaveToStick(Exports exports, ApplicationEventPublisher events) {
        this.exports = exports;
        this.events = events;
    }

    void afterWrite(Consumer<Path> hook) {
        this.afterWrite = hook;
    }

    public synchronized Outcome save(
            Drive drive,
            Exports.Kind kind,
            ExportFormat format,
            LocalDate from,
            LocalDate to,
            boolean allVenues,
            String actor) {
        String name = exports.fileName(kind, format, from, to, allVenues);
        String what = exports.describe(kind, format, from, to, allVenues);
        String where = "USB stick \"" + drive.label() + "\"";
        Path folder = drive.folder();
        Path part = folder.resolve(name + PART);
        Problem problem;
        if (!Files.isDirectory(folder)) {
            problem = Problem.STICK_GONE;
        } else if (drive.readOnly()) {
            problem = READ_ONLY_KINDS.contains(drive.fileSystem()) ? Problem.NOT_WRITABLE : Problem.READ_ONLY;
        } else {
            try {
                long rows = write(kind, format, from, to, allVenues, part);
                long counted = count(format, part);
                if (counted != rows) {
                    throw new IncompleteFile(rows, counted);
                }
                move(part, folder.resolve(name));
                events.publishEvent(new ExportMade(actor, what, rows, where, name));
                return new Outcome(drive, name, rows, null);
            } catch (IncompleteFile e) {
                problem = Problem.NOT_WHOLE;
            } catch (IOException | UncheckedIOException e) {
                problem = classify(drive, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
                log.warn("Saving {} on the USB stick at {} did not work ({})", name, folder, problem, e);
            }
            removePart(part);
        }
        events.publishEvent(new ExportNotMade(
                actor, what, where, problem.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return new Outcome(drive, name, 0, problem);
    }

    private long write(
            Exports.Kind kind, ExportFormat format, LocalDate from, LocalDate to, boolean allVenues, Path part)
            throws IOException {
        try (FileChannel channel = FileChannel.open(
                part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long rows =
                    exports.stream(kind, format, from, to, allVenues, new KeepOpen(Channels.newOutputStream(channel)));
            afterWrite.accept(part);
            channel.force(true);
            return rows;
        }
    }

    /** Reads the file back from the stick and counts its rows, not counting the header. */
    static long count(ExportFormat format, Path file) throws IOException {
        if (format == ExportFormat.CSV) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.mark(1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
                long records = 0;
                try (CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.RFC4180)
                        .get()) {
                    for (var ignored : parser) {
                        records++;
                    }
                }
                return records - 1;
            }
        }
        // ZipFile reads the central directory: fastexcel's streamed entries confuse ZipInputStream.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                return -1;
            }
            try (InputStream in = zip.getInputStream(sheet)) {
                return occurrences(in, "<row ".getBytes(StandardCharsets.US_ASCII)) - 1;
            }
        }
    }

    private static long occurrences(InputStream in, byte[] word) throws IOException {
        long found = 0;
        int matched = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == word[matched] ? matched + 1 : (buffer[i] == word[0] ? 1 : 0);
                if (matched == word.length) {
                    found++;
                    matched = 0;
                }
            }
        }
        return found;
    }

    private static void move(Path part, Path done) throws IOException {
        try {
            Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, done, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(done.getParent(), StandardOpenOption.READ)) {
            dir.force(true); // the new name is on the stick too, not only the bytes
        } catch (IOException e) {
            // FAT and exFAT folders cannot be opened for fsync; the umount that follows writes the name.
        }
    }

    /** A stick that is gone is gone whatever the error said; otherwise the system's words tell full from locked. */
    static Problem classify(Drive drive, IOException e) {
        if (!Files.isDirectory(drive.folder()) || (drive.mountPoint() && !stillMounted(drive.folder()))) {
            return Problem.STICK_GONE;
        }
        String said = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (said.contains("no space left") || said.contains("disk quota")) {
            return Problem.STICK_FULL;
        }
        if (said.contains("read-only file system") || e instanceof AccessDeniedException) {
            return Problem.READ_ONLY;
        }
        if (said.contains("input/output error") || said.contains("no such device")) {
            return Problem.STICK_GONE;
        }
        return Problem.NOT_WRITABLE;
    }

    private static boolean stillMounted(Path folder) {
        try {
            return MountTable.parse(Files.readAllLines(MountTable.PROC)).at(folder) != null;
        } catch (IOException e) {
            return true;
        }
    }

    private static void removePart(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // The stick is gone or locked: what is left is named ".part", never taken for a whole file.
        }
    }

    /** The table writers close their stream when done; the channel must stay open to be forced. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The file read back from the stick has fewer rows than were written. */
    private static final class IncompleteFile extends IOException {
        IncompleteFile(long written, long read) {
            super(written + " rows written, " + read + " read back");
        }
    }
}
