package org.dropinkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.exports.ExportJmh;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Export of 1,000,000 visits to CSV and XLSX by the app running with {@code -Xmx256m}: seconds and peak
 * heap (the largest heap-before-GC in the app's GC log during the download), beside writing the same
 * bytes to disk. Seeds the rows with plain JDBC batches into the H2 file of a fresh data folder (the app
 * migrates it first), then logs in as staff with a PIN whose bcrypt hash is passed on the command line.
 * Run: {@code ./mvnw -B -o verify -Pbench -Dit.test=ExportBenchmark} (writes target/benchmarks/export.md).
 */
class ExportBenchmark {

    /**
     * Staff login. The PIN pad at /staff/login is Vaadin's login view ({@code VaadinSecurityConfigurer.loginView}),
     * which also sets up Spring Security's form login there: a plain POST of {@code username} (any) and
     * {@code password} (the PIN) to /staff/login, with the CSRF token that the page carries as
     * {@code <meta name="_csrf" content="...">}. Success answers 302 to /staff, a wrong PIN 302 to /staff/login?error.
     */
    static final String LOGIN_PAGE = System.getProperty("bench.export.login-page", "/staff/login");

    static final String LOGIN_POST = System.getProperty("bench.export.login-post", "/staff/login");
    static final String LOGIN_USER_FIELD = "username";
    static final String LOGIN_USER = System.getProperty("bench.export.user", "staff");
    static final String LOGIN_PIN_FIELD = "password";
    /** The downloads; {@code %s} is replaced by csv or xlsx. All visits of this venue ("main" in kiosk-config). */
    static final String EXPORT_PATH =
            System.getProperty("bench.export.path", "/staff/export/visits.%s?from=2000-01-01&to=2100-12-31&venue=this");

    private static final int VISITS = Integer.getInteger("bench.visits", 1_000_000);
    private static final int VISITORS = 10_000;
    private static final String PIN = "2468";
    /** {@code -Dbench.export.data=target/bench-data-export-...}: export from that folder again, without seeding. */
    private static final String REUSE = System.getProperty("bench.export.data");

    @Test
    void a_million_visits_to_csv_and_xlsx_in_256_mb_beside_writing_the_bytes() throws Exception {
        Path data;
        double seedSeconds = 0;
        if (REUSE != null) {
            data = Path.of(REUSE); // a folder an earlier run seeded, for trying changes to the export quickly
        } else {
            data = Files.createTempDirectory(Path.of("target"), "bench-data-export-");
            try (AppProcess first = AppProcess.start("export-migrate", List.of(), data)) {
                // Flyway creates the schema; the app stops again before the rows go in.
            }
            seedSeconds = seed(data);
            System.out.printf("export: seeded %d visits in %.1f s into %s%n", VISITS, seedSeconds, data);
        }

        String hash = new BCryptPasswordEncoder().encode(PIN);
        Path gcLog = Path.of("target/benchmarks/export-gc.log").toAbsolutePath();
        Files.deleteIfExists(gcLog);
        BenchTable table = new BenchTable("Export of " + VISITS + " visits with -Xmx256m");
        try (AppProcess app = AppProcess.start(
                "export",
                List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog),
                data,
                "--kiosk.staff-pin-hash=" + hash,
                "--kiosk.idle-timeout=30m")) {
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            app.awaitSpeechWarmUp();
            logIn(client, app);
            for (String format : List.of("csv", "xlsx")) {
                long gcBefore = Files.exists(gcLog) ? Files.size(gcLog) : 0;
                Path out = Path.of("target/benchmarks/export." + format);
                long t = System.nanoTime();
                HttpResponse<Path> r = client.send(
                        HttpRequest.newBuilder(URI.create(app.origin() + EXPORT_PATH.formatted(format)))
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(out));
                double seconds = (System.nanoTime() - t) / 1e9;
                assertThat(r.statusCode())
                        .as("export " + format + " answer (is EXPORT_PATH right?)")
                        .isEqualTo(200);
                assertThat(r.headers().firstValue("Content-Type").orElse(""))
                        .as("a file, not the login page")
                        .startsWith(format.equals("csv") ? "text/csv" : "application/vnd.openxmlformats");
                double[] heap = heapMb(gcLog, gcBefore);
                double write = writeSeconds(out);
                table.row(
                        format.toUpperCase() + " download, " + Files.size(out) / 1_000_000 + " MB",
                        seconds,
                        "s",
                        write,
                        "writing the same bytes to disk (with fsync)",
                        format.equals("csv") ? 15 : BenchTable.NO_FLOOR);
                table.row(
                        format.toUpperCase() + " peak heap during the download (before a collection)",
                        heap[0],
                        "MB",
                        256,
                        "-Xmx",
                        "constant memory");
                table.row(
                        format.toUpperCase() + " heap in use after a collection during the download (largest)",
                        heap[1],
                        "MB",
                        256,
                        "-Xmx",
                        "constant memory");
                if (format.equals("csv")) {
                    long lines;
                    try (var all = Files.lines(out)) {
                        lines = all.count();
                    }
                    table.note("CSV lines: " + lines + " (" + VISITS + " visits and a header expected).");
                    assertThat(lines).as("CSV lines").isEqualTo(VISITS + 1L);
                }
            }
        }
        table.note(
                REUSE != null
                        ? "Visits from the folder of an earlier run: " + REUSE
                        : "Seeding " + VISITS + " visits of " + VISITORS
                                + " visitors (set-based INSERT ... SELECT) took " + BenchTable.fmt(seedSeconds)
                                + " s (not timed above).");
        table.note(
                "Heap figures are from the app's GC log (-Xlog:gc) during each download; the downloads start after the speech warm-up.");
        try {
            jmh(table);
        } finally {
            table.write("export");
        }
    }

    /**
     * Inserts the visitors and visits into the H2 file, set-based from H2's SYSTEM_RANGE in commits of 100,000
     * rows; returns the seconds taken. The visits are the {@code VISITS / VISITORS} days before today, each
     * visitor once a day (the unique index), so the retention period (365 days) keeps every name and the
     * retention job at start-up has nothing to do.
     */
    static double seed(Path data) throws Exception {
        long t = System.nanoTime();
        String url =
                "jdbc:h2:file:" + data.toAbsolutePath().normalize().toString().replace('\\', '/') + "/kiosk";
        try (Connection db = DriverManager.getConnection(url, "kiosk", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement visitors = db.prepareStatement(
                    "INSERT INTO visitor (id, venue_id, name, symbol, group_id, created_at) "
                            + "SELECT X, 'main', 'Visitor' || X, 'sun', 'speak-up', CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, ?)")) {
                visitors.setInt(1, VISITORS);
                visitors.executeUpdate();
            }
            db.commit();
            int days = (VISITS + VISITORS - 1) / VISITORS;
            LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(days);
            // Visit X (0-based) is visitor X % VISITORS + 1 on day X / VISITORS, in at 10:00 plus X % 3600 s UTC, out 2
            // hours later.
            String insert =
                    ("INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at, signed_out_at, signed_out_by) "
                                    + "SELECT 'main', MOD(X, %1$d) + 1, 'speak-up', DATEADD(DAY, X / %1$d, DATE '%2$s'), "
                                    + "DATEADD(SECOND, 36000 + MOD(X, 3600), CAST(DATEADD(DAY, X / %1$d, DATE '%2$s') AS TIMESTAMP WITH TIME ZONE)), "
                                    + "DATEADD(SECOND, 43200 + MOD(X, 3600), CAST(DATEADD(DAY, X / %1$d, DATE '%2$s') AS TIMESTAMP WITH TIME ZONE)), 'visitor' "
                                    + "FROM SYSTEM_RANGE(?, ?)")
                            .formatted(VISITORS, first);
            try (PreparedStatement visits = db.prepareStatement(insert)) {
                for (int from = 0; from < VISITS; from += 100_000) {
                    visits.setInt(1, from);
                    visits.setInt(2, Math.min(VISITS, from + 100_000) - 1);
                    visits.executeUpdate();
                    db.commit();
                }
            }
            // Later identities must not collide with the seeded ids.
            try (var s = db.createStatement()) {
                s.execute("ALTER TABLE visitor ALTER COLUMN id RESTART WITH " + (VISITORS + 1));
                s.execute("ANALYZE");
            }
            db.commit();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Logs in with the PIN: reads the CSRF token from the login page's meta tag, then posts the form. */
    static void logIn(HttpClient client, AppProcess app) throws Exception {
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create(app.origin() + LOGIN_PAGE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("login page " + LOGIN_PAGE).isEqualTo(200);
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token in the login page").isTrue();
        String form = LOGIN_USER_FIELD + "=" + URLEncoder.encode(LOGIN_USER, StandardCharsets.UTF_8) + "&"
                + LOGIN_PIN_FIELD + "=" + PIN + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(app.origin() + LOGIN_POST))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("staff login answer").isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse(""))
                .as("where the login sends us (?error: wrong PIN)")
                .endsWith("/staff");
    }

    /** JMH for the in-process hot path (ExportJmh): nanoseconds per row written as CSV, beside writing the same bytes. */
    private static void jmh(BenchTable table) throws Exception {
        var options = new OptionsBuilder()
                .include(ExportJmh.class.getName())
                .forks(0)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .build();
        double format = 0;
        double limit = 0;
        double error = 0;
        for (RunResult r : new Runner(options).run()) {
            double score = r.getPrimaryResult().getScore();
            if (r.getParams().getBenchmark().endsWith("format_and_write_visits_as_csv")) {
                format = score;
                error = r.getPrimaryResult().getScoreError();
            } else {
                limit = score;
            }
        }
        table.row(
                "JMH: a visit formatted and written as CSV (TableWriter, SafeCell) to a counting stream",
                format,
                "ns/row",
                limit,
                "writing the same CSV bytes to that stream",
                "-");
        table.note("JMH CSV writer: " + String.format(Locale.ROOT, "%,.0f", 1e9 / format) + " rows/s in one thread ("
                + BenchTable.fmt(format) + " ± " + BenchTable.fmt(error) + " ns/row, " + ExportJmh.ROWS
                + " rows an operation, forks(0)).");
    }

    /**
     * From the GC log since this offset, in MB: the largest heap size before a collection (the peak: G1 lets the
     * heap fill towards -Xmx before it collects) and the largest after one (what the download really holds).
     */
    static double[] heapMb(Path gcLog, long from) throws Exception {
        byte[] all = Files.readAllBytes(gcLog);
        String log = new String(
                all,
                (int) Math.min(from, all.length),
                (int) (all.length - Math.min(from, all.length)),
                StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)").matcher(log);
        double before = 0;
        double after = 0;
        while (m.find()) {
            before = Math.max(before, Double.parseDouble(m.group(1)));
            after = Math.max(after, Double.parseDouble(m.group(2)));
        }
        return new double[] {before, after};
    }

    /** Seconds to write these bytes to a new file and force them to disk: the limit for an export. */
    static double writeSeconds(Path file) throws Exception {
        Path copy = file.resolveSibling(file.getFileName() + ".limit");
        byte[] buffer = new byte[64 * 1024];
        long t = System.nanoTime();
        try (InputStream in = Files.newInputStream(file);
                FileChannel out = FileChannel.open(
                        copy,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
                while (b.hasRemaining()) {
                    out.write(b);
                }
            }
            out.force(true);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        Files.delete(copy);
        return seconds;
    }
}
