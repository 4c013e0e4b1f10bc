package org.dropinkiosk.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dropinkiosk.audit.AuditWiring;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.ratings.AnswerExport;
import org.dropinkiosk.staff.StaffTestData;
import org.dropinkiosk.visits.VisitExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exports: the rows of the range and venue, ISO dates, a header, audited; the Excel file read back holds the
 * same cells as the CSV. (Memory for a million rows is measured by bench/ExportBenchmark, not here.)
 */
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
        Exports exports = new Exports(visits, answers, AuditWiring.events(jdbc, Clock.systemUTC(), settings), settings);
        long sam = StaffTestData.visitor(jdbc, venue, "=Sam", "star", OffsetDateTime.now());
        StaffTestData.visit(jdbc, venue, sam, LocalDate.of(2026, 11, 2), true);
        StaffTestData.visit(jdbc, venue, null, LocalDate.of(2026, 11, 3), false);
        StaffTestData.visit(jdbc, venue, sam, LocalDate.of(2026, 12, 1), false); // outside the range
        StaffTestData.visit(jdbc, venue + "x", null, LocalDate.of(2026, 11, 2), false); // another venue

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = exports.write(
                Exports.Kind.VISITS,
                ExportFormat.CSV,
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                false,
                out,
                "staff");

        assertThat(rows).isEqualTo(2);
        List<CSVRecord> records = parse(out.toByteArray());
        assertThat(records.getFirst().values()).containsExactly(VisitExport.HEADER);
        assertThat(records.get(1).values())
                .containsExactly(
                        venue,
                        "2026-11-02",
                        "2026-11-02T10:30:00Z",
                        "2026-11-02T12:30:00Z",
                        "",
                        "'=Sam",
                        "star",
                        "coffee",
                        "no");
        assertThat(records.get(2).get("name")).isEmpty();
        assertThat(jdbc.sql("SELECT detail FROM audit_event WHERE venue_id = ? AND action = 'export'")
                        .param(venue)
                        .query(String.class)
                        .single())
                .contains("visits CSV 2026-11-01 to 2026-11-30")
                .contains("2 rows");
    }

    @Test
    void answers_are_exported_for_whole_days_in_the_venue_time_zone() throws Exception {
        String venue = StaffTestData.venue("answers");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        Exports exports = new Exports(visits, answers, AuditWiring.events(jdbc, Clock.systemUTC(), settings), settings);
        for (String at : new String[] {
            "2026-06-30T22:59:00Z", "2026-06-30T23:00:00Z", "2026-07-01T22:59:59Z", "2026-07-01T23:00:00Z"
        }) {
            jdbc.sql(
                            "INSERT INTO answer (venue_id, sitting_id, question_set, question_id, answer, helped, answered_at) VALUES (?, ?, 'main', 'paid', 'GOOD', NULL, ?)")
                    .params(venue, UUID.randomUUID().toString(), OffsetDateTime.parse(at))
                    .update();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = exports.write(
                Exports.Kind.ANSWERS,
                ExportFormat.CSV,
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 1),
                false,
                out,
                "staff");
        assertThat(rows).isEqualTo(2); // 1 July in London (BST) is 30 June 23:00 to 1 July 23:00 UTC
        assertThat(parse(out.toByteArray()).get(1).get("answered_at")).isEqualTo("2026-07-01T00:00:00+01:00");
    }

    @Test
    void the_excel_file_read_back_holds_the_same_cells_as_the_csv_of_the_same_days() throws Exception {
        String venue = StaffTestData.venue("xlsx");
        KioskSettings settings = StaffTestData.settings(venue, Path.of("target/test-data"));
        Exports exports = new Exports(visits, answers, AuditWiring.events(jdbc, Clock.systemUTC(), settings), settings);
        long sam = StaffTestData.visitor(jdbc, venue, "=Sam", "star", OffsetDateTime.now());
        long jo = StaffTestData.visitor(jdbc, venue, "Jo, \"the\" tall", "sun", OffsetDateTime.now());
        StaffTestData.visit(jdbc, venue, sam, LocalDate.of(2026, 11, 2), true);
        StaffTestData.visit(jdbc, venue, jo, LocalDate.of(2026, 11, 2), false);
        StaffTestData.visit(jdbc, venue, null, LocalDate.of(2026, 11, 3), false);
        for (String at : new String[] {"2026-11-02T10:00:00Z", "2026-11-03T11:00:00Z"}) {
            jdbc.sql(
                            "INSERT INTO answer (venue_id, sitting_id, question_set, question_id, answer, helped, answered_at) VALUES (?, ?, 'main', 'paid', 'BAD', TRUE, ?)")
                    .params(venue, UUID.randomUUID().toString(), OffsetDateTime.parse(at))
                    .update();
        }
        for (Exports.Kind kind : Exports.Kind.values()) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            LocalDate from = LocalDate.of(2026, 11, 1);
            LocalDate to = LocalDate.of(2026, 11, 30);
            long csvRows = exports.write(kind, ExportFormat.CSV, from, to, false, csv, "staff");
            long xlsxRows = exports.write(kind, ExportFormat.XLSX, from, to, false, xlsx, "staff");
            assertThat(xlsxRows).isEqualTo(csvRows).isPositive();

            List<CSVRecord> fromCsv = parse(csv.toByteArray());
            List<List<String>> fromExcel = new ArrayList<>();
            try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()));
                    Stream<Row> sheet = book.getFirstSheet().openStream()) {
                sheet.forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < fromCsv.getFirst().size(); c++) {
                        Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
                        cells.add(cell == null || cell.getRawValue() == null ? "" : cell.getText());
                    }
                    fromExcel.add(cells);
                });
            }
            assertThat(fromExcel).as("%s rows in Excel (header included)", kind).hasSize(fromCsv.size());
            for (int r = 0; r < fromCsv.size(); r++) {
                for (int c = 0; c < fromCsv.get(r).size(); c++) {
                    // The CSV guards a cell that a spreadsheet would run as a formula; Excel cells are text already.
                    assertThat(SafeCell.of(fromExcel.get(r).get(c)))
                            .as("%s row %d column %d", kind, r, c)
                            .isEqualTo(fromCsv.get(r).get(c));
                }
            }
        }
    }

    private static List<CSVRecord> parse(byte[] bytes) throws Exception {
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(false)
                        .get())
                .get()) {
            List<CSVRecord> all = parser.getRecords();
            // keep the header row visible as record 0 for the assertions
            return Stream.concat(Stream.of(headerRecord(text)), all.stream()).toList();
        }
    }

    private static CSVRecord headerRecord(String text) throws Exception {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            return parser.getRecords().getFirst();
        }
    }
}
