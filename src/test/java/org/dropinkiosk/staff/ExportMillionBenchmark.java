package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.ratings.AnswerExport;
import org.dropinkiosk.visits.VisitExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A million visits export as CSV while the heap stays flat (sampled every 20 MB written).
 * Minutes on a busy 2-core machine, so it is a benchmark: ./mvnw -B verify -Pbench -Dit.test=ExportMillionBenchmark
 */
@SpringBootTest
class ExportMillionBenchmark {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnswerExport answers;

    @Test
    void a_million_visits_export_in_constant_memory(@TempDir Path folder) throws Exception {
        // A database of its own, so the million rows never slow the other tests down.
        var ds = new DriverManagerDataSource("jdbc:h2:file:" + folder.toAbsolutePath().resolve("million"), "kiosk", "");
        JdbcClient db = JdbcClient.create(ds);
        db.sql(Files.readString(Path.of("src/main/resources/db/migration/V2__visits.sql"))).update();
        db.sql("""
                INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at, anonymised)
                SELECT 'million', NULL, 'coffee', DATEADD(DAY, MOD(X, 365), DATE '2025-01-01'), TIMESTAMP WITH TIME ZONE '2025-01-01 10:00:00+00', TRUE
                FROM SYSTEM_RANGE(1, 1000000)""").update();
        KioskSettings settings = StaffTestData.settings("million", folder);
        Exports exports = new Exports(new VisitExport(ds), answers, new AuditTrail(jdbc, Clock.systemUTC(), settings), settings);
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] bytes = {0};
        long[] peak = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                count(1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count(len);
            }

            private void count(long n) {
                long previous = bytes[0];
                bytes[0] += n;
                if (previous / 20_000_000 != bytes[0] / 20_000_000) { // every 20 MB written
                    System.gc();
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed() - before);
                }
            }
        };
        long start = System.nanoTime();
        long rows = exports.write(Exports.Kind.VISITS, ExportFormat.CSV, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                false, counting, "staff");
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Exported %d visits, %d MB of CSV, in %d ms; heap grew at most %d MB%n",
                rows, bytes[0] / 1_000_000, ms, peak[0] / 1_000_000);
        assertThat(rows).isEqualTo(1_000_000);
        assertThat(bytes[0]).isGreaterThan(50_000_000);
        // The rows as objects would take hundreds of MB; the stream holds a few hundred at a time.
        assertThat(peak[0]).isLessThan(48_000_000);
        db.sql("SHUTDOWN").update();
    }

}
