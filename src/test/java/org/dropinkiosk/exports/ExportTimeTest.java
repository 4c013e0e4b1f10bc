package org.dropinkiosk.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The export's times read exactly as DateTimeFormatter.ISO_OFFSET_DATE_TIME writes them, in any zone and year. */
class ExportTimeTest {

    @Test
    void a_time_in_the_export_is_written_as_the_iso_formatter_writes_it_in_any_zone_and_year() {
        Random random = new Random(42);
        List<ZoneId> zones = List.of(
                ZoneId.of("Europe/London"),
                ZoneId.of("UTC"),
                ZoneId.of("Asia/Kolkata"),
                ZoneId.of("America/St_Johns"),
                ZoneId.of("Pacific/Chatham"),
                ZoneId.of("America/Sao_Paulo"));
        long from = Instant.parse("1800-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(
                    from + (long) (random.nextDouble() * (to - from)), random.nextInt(1_000_000_000));
            ZoneId zone = zones.get(i % zones.size());
            assertThat(Exports.iso(at, zone)).isEqualTo(expected(at, zone));
        }
        for (String edge : new String[] {
            "2026-03-29T00:59:59.999Z",
            "2026-03-29T01:00:00Z",
            "2026-10-25T00:59:59Z",
            "2026-10-25T01:00:00Z",
            "0001-01-01T00:00:00Z",
            "+12345-06-07T08:09:10Z",
            "-0001-12-31T23:59:59Z"
        }) {
            Instant at = Instant.parse(edge);
            assertThat(Exports.iso(at, ZoneId.of("Europe/London"))).isEqualTo(expected(at, ZoneId.of("Europe/London")));
        }
        assertThat(Exports.iso(Instant.parse("2026-07-01T00:00:00Z"), ZoneId.of("Europe/London")))
                .isEqualTo("2026-07-01T01:00:00+01:00");
        assertThat(Exports.iso(null, ZoneId.of("UTC"))).isEmpty();
    }

    private static String expected(Instant at, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }
}
