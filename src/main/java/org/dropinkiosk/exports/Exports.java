package org.dropinkiosk.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.ratings.AnswerExport;
import org.dropinkiosk.visits.VisitExport;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Visits and answers for a date range, written as CSV or XLSX straight from the database, and audited. */
@Service
public class Exports {

    /** What can be exported. */
    public enum Kind {
        VISITS,
        ANSWERS
    }

    /** ISO_OFFSET_DATE_TIME's output to the second: "Z" for UTC, "+01:00" otherwise, years past 9999 signed. */
    private static final DateTimeFormatter TO_THE_SECOND =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXXXX", Locale.ROOT);

    private final VisitExport visits;
    private final AnswerExport answers;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final String venueId;

    public Exports(VisitExport visits, AnswerExport answers, ApplicationEventPublisher events, KioskSettings settings) {
        this.visits = visits;
        this.answers = answers;
        this.events = events;
        this.zone = settings.timeZone();
        this.venueId = settings.venueId();
    }

    /** The file name a download gets, e.g. visits-main-2026-11-01-to-2026-11-29.csv. */
    public String fileName(Kind kind, ExportFormat format, LocalDate from, LocalDate to, boolean allVenues) {
        return kind.name().toLowerCase() + "-" + (allVenues ? "all-venues" : venueId) + "-" + from + "-to-" + to + "."
                + format.extension();
    }

    /** Writes the rows to {@code out} and returns how many there were; audited. */
    public long write(
            Kind kind,
            ExportFormat format,
            LocalDate from,
            LocalDate to,
            boolean allVenues,
            OutputStream out,
            String actor)
            throws IOException {
        String what = describe(kind, format, from, to, allVenues);
        long rows;
        try {
            rows = stream(kind, format, from, to, allVenues, out);
        } catch (IOException | UncheckedIOException e) {
            events.publishEvent(new ExportNotMade(actor, what, null, "stopped before the end"));
            throw e;
        }
        events.publishEvent(new ExportMade(actor, what, rows, null, null));
        return rows;
    }

    /** What an export holds, in the words of its audit line: "visits CSV 2026-12-01 to 2026-12-03, venue main". */
    String describe(Kind kind, ExportFormat format, LocalDate from, LocalDate to, boolean allVenues) {
        return kind.name().toLowerCase() + " " + format.name() + " " + from + " to " + to + ", "
                + (allVenues ? "all venues" : "venue " + venueId);
    }

    /** Writes the rows to {@code out}, not audited: the caller audits once it knows the file is whole. */
    long stream(Kind kind, ExportFormat format, LocalDate from, LocalDate to, boolean allVenues, OutputStream out)
            throws IOException {
        String venue = allVenues ? null : venueId;
        try (TableWriter table = TableWriter.open(format, out, kind == Kind.VISITS ? "Visits" : "Answers")) {
            if (kind == Kind.VISITS) {
                table.row(VisitExport.HEADER);
                return visits.stream(from, to, venue, r -> write(table, cells(r, zone)));
            }
            table.row(AnswerExport.HEADER);
            return answers.stream(
                    from,
                    to,
                    zone,
                    venue,
                    r -> write(
                            table,
                            r.venueId(),
                            iso(r.answeredAt()),
                            r.sittingId(),
                            r.questionSet(),
                            r.questionId(),
                            r.answer(),
                            r.helped() == null ? "" : yesNo(r.helped()),
                            r.followUps()));
        }
    }

    /** One visit as the cells of its export row, in the order of {@link VisitExport#HEADER}. */
    static String[] cells(VisitExport.Row r, ZoneId zone) {
        return new String[] {
            r.venueId(),
            iso(r.visitDate()),
            iso(r.signedInAt(), zone),
            iso(r.signedOutAt(), zone),
            r.signedOutBy(),
            r.name(),
            r.symbol(),
            r.groupId(),
            yesNo(r.anonymised())
        };
    }

    private static void write(TableWriter table, String... cells) {
        try {
            table.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private String iso(Instant instant) {
        return iso(instant, zone);
    }

    /**
     * The instant in the venue's zone to the second, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it
     * (2026-11-02T10:30:00Z, 2026-07-01T00:00:00+01:00). A pattern without a fraction of a second, made once: it
     * needs no truncating first and took less than half the ISO formatter's time in a million-row export.
     */
    static String iso(Instant instant, ZoneId zone) {
        return instant == null ? "" : TO_THE_SECOND.format(instant.atZone(zone));
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }
}
