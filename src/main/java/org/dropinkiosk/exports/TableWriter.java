package org.dropinkiosk.exports;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes an export row by row to a stream: text cells only, each made safe from formula injection. */
sealed interface TableWriter extends AutoCloseable {

    void row(String... cells) throws IOException;

    @Override
    void close() throws IOException;

    static TableWriter open(ExportFormat format, OutputStream out, String sheetName) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out) : new Xlsx(out, sheetName);
    }

    /** Bytes gathered before they go to the response (whose own buffer is 8 KB) or the file. */
    int BUFFER = 64 * 1024;

    /**
     * RFC 4180 CSV in UTF-8 with a byte order mark, so Excel reads the names right. Buffered in characters and
     * in bytes, so the printer's many small writes do not each go through the encoder and the response.
     */
    final class Csv implements TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) throws IOException {
            Writer writer = new BufferedWriter(
                    new OutputStreamWriter(new BufferedOutputStream(out, BUFFER), StandardCharsets.UTF_8), BUFFER / 4);
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        }

        @Override
        public void row(String... cells) throws IOException {
            for (String cell : cells) {
                printer.print(SafeCell.of(cell));
            }
            printer.println();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /**
     * XLSX through fastexcel's streaming writer: rows are flushed every thousand. Text goes in as inline
     * strings: fastexcel's shared-strings table would keep every distinct value (each sign-in time) in memory
     * until the end. An inline string is text to a spreadsheet, never a formula, so no apostrophe is added:
     * a name "-Jo" reads back as "-Jo" (the formula guard SafeCell is for CSV only).
     */
    final class Xlsx implements TableWriter {
        private final BufferedOutputStream buffer;
        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, String sheetName) {
            buffer = new BufferedOutputStream(out, BUFFER);
            workbook = new Workbook(buffer, "Drop-in Kiosk", "1.0");
            sheet = workbook.newWorksheet(sheetName);
        }

        @Override
        public void row(String... cells) throws IOException {
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c];
                if (cell != null && !cell.isEmpty()) {
                    sheet.inlineString(row, c, cell);
                }
            }
            row++;
            if (row % 1000 == 0) {
                sheet.flush();
            }
        }

        @Override
        public void close() throws IOException {
            workbook.finish();
            buffer.flush();
        }
    }
}
