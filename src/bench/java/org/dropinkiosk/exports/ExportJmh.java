package org.dropinkiosk.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.dropinkiosk.visits.VisitExport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH for the export's in-process hot path: 10,000 visits formatted (Exports.cells) and written as CSV through
 * TableWriter and SafeCell to a stream that only counts bytes; beside it, its limit: writing the same CSV bytes
 * to the same stream in 64 KB pieces. Nanoseconds per row. Run by ExportBenchmark, not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExportJmh {

    public static final int ROWS = 10_000;
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private VisitExport.Row[] rows;
    private byte[] bytes;

    @Setup
    public void setUp() throws IOException {
        rows = new VisitExport.Row[ROWS];
        Instant first = Instant.parse("2026-08-01T10:00:00Z");
        for (int i = 0; i < ROWS; i++) {
            Instant in = first.plusSeconds(86_400L * (i / 100) + i % 3600);
            rows[i] = new VisitExport.Row(
                    "main",
                    LocalDate.ofInstant(in, ZONE),
                    in,
                    in.plusSeconds(7200),
                    "visitor",
                    i % 50 == 0 ? "=Formula" + i : "Visitor" + i,
                    "sun",
                    "speak-up",
                    false);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv(out);
        bytes = out.toByteArray();
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long format_and_write_visits_as_csv() throws IOException {
        Counting out = new Counting();
        csv(out);
        return out.count + out.sum;
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long write_the_same_bytes() throws IOException {
        Counting out = new Counting();
        for (int at = 0; at < bytes.length; at += TableWriter.BUFFER) {
            out.write(bytes, at, Math.min(TableWriter.BUFFER, bytes.length - at));
        }
        out.close();
        return out.count + out.sum;
    }

    private void csv(OutputStream out) throws IOException {
        try (TableWriter table = TableWriter.open(ExportFormat.CSV, out, "Visits")) {
            table.row(VisitExport.HEADER);
            for (VisitExport.Row row : rows) {
                table.row(Exports.cells(row, ZONE));
            }
        }
    }

    /** Counts what is written and keeps nothing, touching each byte as a real stream would copy it. */
    static final class Counting extends OutputStream {
        long count;
        int sum;

        @Override
        public void write(int b) {
            count++;
            sum += b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                sum += b[i];
            }
            count += len;
        }
    }
}
