package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.ratings.AnswerExport;
import org.dropinkiosk.visits.VisitExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import java.nio.file.Files;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Exports: the rows of the range and venue, ISO dates, a header, audited; a million rows in constant memory. */
@SpringBootTest
class ExportsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    VisitExport visits;
    @Autowired
    AnswerExport answers;

    @Test
    void visits_of_the_range_and_venue_are_exported_with_iso_dates_and_a_header_and_audited() throws Exception {
        String venue = StaffTestData.venue("export");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        Exports exports = new Exports(visits, answers, new AuditTrail(jdbc, Clock.systemUTC(), settings), settings);
        long sam = StaffTestData.visitor(jdbc, venue, "=Sam", "star", OffsetDateTime.now());
        StaffTestData.visit(jdbc, venue, sam, LocalDate.of(2026, 11, 2), true);
        StaffTestData.visit(jdbc, venue, null, LocalDate.of(2026, 11, 3), false);
        StaffTestData.visit(jdbc, venue, sam, LocalDate.of(2026, 12, 1), false);   // outside the range
        StaffTestData.visit(jdbc, venue + "x", null, LocalDate.of(2026, 11, 2), false); // another venue

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = exports.write(Exports.Kind.VISITS, ExportFormat.CSV, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                false, out, "staff");

        assertThat(rows).isEqualTo(2);
        List<CSVRecord> records = parse(out.toByteArray());
        assertThat(records.getFirst().values()).containsExactly(VisitExport.HEADER);
        assertThat(records.get(1).values()).containsExactly(venue, "2026-11-02", "2026-11-02T10:30:00Z",
                "2026-11-02T12:30:00Z", "", "'=Sam", "star", "coffee", "no");
        assertThat(records.get(2).get("name")).isEmpty();
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = ? AND action = 'export'").param(venue)
                .query(String.class).single()).contains("visits CSV 2026-11-01 to 2026-11-30").contains("2 rows");
    }

    @Test
    void answers_are_exported_for_whole_days_in_the_venue_time_zone() throws Exception {
        String venue = StaffTestData.venue("answers");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        Exports exports = new Exports(visits, answers, new AuditTrail(jdbc, Clock.systemUTC(), settings), settings);
        for (String at : new String[] {"2026-06-30T22:59:00Z", "2026-06-30T23:00:00Z", "2026-07-01T22:59:59Z", "2026-07-01T23:00:00Z"}) {
            jdbc.sql("INSERT INTO answer (venue_id, sitting_id, question_set, question_id, answer, helped, answered_at) VALUES (?, ?, 'main', 'paid', 'GOOD', NULL, ?)")
                    .params(venue, java.util.UUID.randomUUID().toString(), OffsetDateTime.parse(at)).update();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = exports.write(Exports.Kind.ANSWERS, ExportFormat.CSV, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), false, out, "staff");
        assertThat(rows).isEqualTo(2); // 1 July in London (BST) is 30 June 23:00 to 1 July 23:00 UTC
        assertThat(parse(out.toByteArray()).get(1).get("answered_at")).isEqualTo("2026-07-01T00:00:00+01:00");
    }

    private static List<CSVRecord> parse(byte[] bytes) throws Exception {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get()).get()) {
            List<CSVRecord> all = parser.getRecords();
            // keep the header row visible as record 0 for the assertions
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(headerRecord(text)), all.stream()).toList();
        }
    }

    private static CSVRecord headerRecord(String text) throws Exception {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get()) {
            return parser.getRecords().getFirst();
        }
    }
}
