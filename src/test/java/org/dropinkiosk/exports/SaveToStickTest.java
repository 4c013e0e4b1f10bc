package org.dropinkiosk.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dropinkiosk.audit.AuditWiring;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.exports.RemovableDrives.Drive;
import org.dropinkiosk.exports.SaveToStick.Outcome;
import org.dropinkiosk.exports.SaveToStick.Problem;
import org.dropinkiosk.ratings.AnswerExport;
import org.dropinkiosk.staff.StaffTestData;
import org.dropinkiosk.visits.VisitExport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saving onto real file systems: a folder, a 64 KB tmpfs that fills up, a tmpfs remounted read-only and one
 * lazily unmounted while the file is being written. The mount tests need root (CI runs as root).
 */
@SpringBootTest
class SaveToStickTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VisitExport visits;

    @Autowired
    AnswerExport answers;

    @TempDir
    Path root;

    String venue;
    SaveToStick save;
    final List<Path> mounted = new ArrayList<>();

    @BeforeEach
    void exportsOfAVenueOfItsOwn() {
        venue = StaffTestData.venue("stick");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        ApplicationEventPublisher audit = AuditWiring.events(jdbc, Clock.systemUTC(), settings);
        save = new SaveToStick(new Exports(visits, answers, audit, settings), audit);
    }

    @AfterEach
    void unmount() {
        mounted.forEach(m -> SystemTool.run(List.of("umount", "-l", m.toString()), 10));
    }

    @Test
    void csv_and_excel_are_saved_whole_read_back_counted_and_audited() throws Exception {
        visits(3);
        Drive stick = drive("VISITSTICK");

        Outcome csv = save.save(stick, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff");
        Outcome xlsx = save.save(stick, Exports.Kind.VISITS, ExportFormat.XLSX, FROM, TO, false, "staff");

        assertThat(csv.saved()).isTrue();
        assertThat(csv.rows()).isEqualTo(3);
        assertThat(SaveToStick.count(ExportFormat.CSV, stick.folder().resolve(csv.fileName())))
                .isEqualTo(3);
        assertThat(xlsx.rows()).isEqualTo(3);
        assertThat(SaveToStick.count(ExportFormat.XLSX, stick.folder().resolve(xlsx.fileName())))
                .isEqualTo(3);
        assertThat(files(stick.folder())).containsExactlyInAnyOrder(csv.fileName(), xlsx.fileName());
        assertThat(audit("export-usb"))
                .hasSize(2)
                .allMatch(d -> d.contains("USB stick \"VISITSTICK\"")
                        && d.contains("2026-11-01 to 2026-11-30")
                        && d.contains(": 3 rows"));
    }

    @Test
    void a_full_stick_says_so_and_keeps_no_part_file() throws Exception {
        visits(1500); // about 120 KB of CSV for a 64 KB stick
        Drive stick = mountedStick("FULL", "size=64k");

        Outcome outcome = save.save(stick, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff");

        assertThat(outcome.problem()).isEqualTo(Problem.STICK_FULL);
        assertThat(files(stick.folder())).isEmpty();
        assertThat(audit("export-usb-failed")).singleElement().asString().contains("stick full");
        assertThat(save.save(drive("SPARE"), Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff")
                        .rows())
                .as("the rows are all still in the kiosk")
                .isEqualTo(1500);
    }

    @Test
    void a_read_only_stick_says_so_whether_the_mount_table_or_the_write_finds_out() throws Exception {
        visits(2);
        Drive stick = mountedStick("LOCKED", "size=64k");
        assertThat(SystemTool.run(
                                List.of(
                                        "mount",
                                        "-o",
                                        "remount,ro",
                                        stick.folder().toString()),
                                10)
                        .ok())
                .isTrue();
        Drive seen = RemovableDrives.lookup(
                        List.of(root), List.of(), MountTable.parse(Files.readAllLines(MountTable.PROC)))
                .drives()
                .stream()
                .filter(d -> d.label().equals("LOCKED"))
                .findFirst()
                .orElseThrow();
        assertThat(seen.readOnly()).isTrue();

        assertThat(save.save(seen, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff")
                        .problem())
                .isEqualTo(Problem.READ_ONLY);
        Drive thoughtWritable = new Drive("LOCKED", stick.folder(), null, "tmpfs", false, true);
        assertThat(save.save(thoughtWritable, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff")
                        .problem())
                .isEqualTo(Problem.READ_ONLY);
        assertThat(files(stick.folder())).isEmpty();
    }

    @Test
    void a_stick_pulled_out_while_the_file_is_written_says_so_and_leaves_no_whole_looking_file() throws Exception {
        visits(5);
        Drive stick = mountedStick("PULLED", "size=1m");
        // The kernel's lazy unmount: the folder is no longer the stick, as when it is pulled out.
        save.afterWrite(part -> assertThat(
                        SystemTool.run(List.of("umount", "-l", stick.folder().toString()), 10)
                                .ok())
                .isTrue());

        Outcome outcome = save.save(stick, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff");

        assertThat(outcome.problem()).isEqualTo(Problem.STICK_GONE);
        assertThat(files(stick.folder())).noneMatch(f -> f.endsWith(".csv"));
        assertThat(audit("export-usb-failed")).singleElement().asString().contains("stick gone");
    }

    @Test
    void take_the_stick_out_safely_unmounts_it_and_says_what_the_system_said_when_it_cannot() throws Exception {
        visits(1);
        Drive stick = mountedStick("OUT", "size=64k");
        SafeRemoval removal = new SafeRemoval(AuditWiring.events(
                jdbc, Clock.systemUTC(), StaffTestData.settings(venue, Path.of("target/test-data"))));
        Outcome saved = save.save(stick, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff");
        assertThat(saved.saved()).isTrue();

        try (var open =
                Files.newInputStream(stick.folder().resolve(saved.fileName()))) { // a program still has the file open
            SafeRemoval.Outcome busy = removal.takeOut(stick, "staff");
            assertThat(busy.result()).isEqualTo(SafeRemoval.Result.NOT_ALLOWED);
            assertThat(busy.systemSaid()).containsIgnoringCase("busy");
        }
        assertThat(removal.takeOut(stick, "staff").result()).isEqualTo(SafeRemoval.Result.UNMOUNTED);
        assertThat(MountTable.parse(Files.readAllLines(MountTable.PROC)).at(stick.folder()))
                .isNull();
        assertThat(audit("usb-unmount-failed")).singleElement().asString().contains("busy");
        assertThat(audit("usb-unmount")).singleElement().asString().contains("\"OUT\" unmounted");
        assertThat(removal.takeOut(drive("PLAIN"), "staff").result()).isEqualTo(SafeRemoval.Result.NOTHING_TO_UNMOUNT);
    }

    @Test
    void a_stick_whose_file_system_the_kiosk_cannot_write_says_so_and_loses_nothing() throws Exception {
        visits(2);
        // A real file system on which no file can be made: the kernel's proc, mounted where a stick would be.
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting needs root; CI runs as root");
        Path folder = Files.createDirectories(root.resolve("ODD"));
        assumeTrue(
                SystemTool.run(List.of("mount", "-t", "proc", "proc", folder.toString()), 10)
                        .ok(),
                "this machine does not allow mounting proc");
        mounted.add(folder);
        Drive odd = RemovableDrives.lookup(
                        List.of(root), List.of(), MountTable.parse(Files.readAllLines(MountTable.PROC)))
                .drives()
                .stream()
                .filter(d -> d.label().equals("ODD"))
                .findFirst()
                .orElseThrow();
        assertThat(odd.fileSystem()).isEqualTo("proc");

        assertThat(save.save(odd, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff")
                        .problem())
                .isEqualTo(Problem.NOT_WRITABLE);
        Drive cd = new Drive("OLDCD", Files.createDirectories(root.resolve("OLDCD")), null, "iso9660", true, true);
        assertThat(save.save(cd, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff")
                        .problem())
                .as("a CD or disk image is not locked by a switch: use another stick")
                .isEqualTo(Problem.NOT_WRITABLE);
        assertThat(audit("export-usb-failed")).hasSize(2).allMatch(d -> d.contains("not writable"));
        assertThat(save.save(drive("SPARE"), Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff")
                        .rows())
                .as("the rows are all still in the kiosk")
                .isEqualTo(2);
    }

    @Test
    void a_stick_taken_out_before_save_is_pressed_says_so() {
        Drive gone = new Drive("GONE", root.resolve("GONE"), null, null, false, false);
        assertThat(save.save(gone, Exports.Kind.VISITS, ExportFormat.CSV, FROM, TO, false, "staff")
                        .problem())
                .isEqualTo(Problem.STICK_GONE);
    }

    private void visits(int n) {
        for (int i = 0; i < n; i++) {
            StaffTestData.visit(jdbc, venue, null, FROM.plusDays(i % 28), true);
        }
    }

    private Drive drive(String name) throws IOException {
        Files.createDirectories(root.resolve(name));
        return RemovableDrives.lookup(List.of(root), List.of(), new MountTable(List.of())).drives().stream()
                .filter(d -> d.label().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A real small file system standing in for a stick, found through the real mount table. */
    private Drive mountedStick(String name, String options) throws IOException {
        assumeTrue(
                "root".equals(System.getProperty("user.name")), "mounting a tmpfs stick needs root; CI runs as root");
        Path folder = Files.createDirectories(root.resolve(name));
        SystemTool.Result mount =
                SystemTool.run(List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString()), 10);
        assumeTrue(mount.ok(), "this machine does not allow mounting a tmpfs: " + mount.output());
        mounted.add(folder);
        return RemovableDrives.lookup(List.of(root), List.of(), MountTable.parse(Files.readAllLines(MountTable.PROC)))
                .drives()
                .stream()
                .filter(d -> d.label().equals(name) && d.mountPoint())
                .findFirst()
                .orElseThrow();
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).toList();
        }
    }

    private List<String> audit(String action) {
        return jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = ? AND action = ? ORDER BY id")
                .params(venue, action)
                .query(String.class)
                .list();
    }
}
