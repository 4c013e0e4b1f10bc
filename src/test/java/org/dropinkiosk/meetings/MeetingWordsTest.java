package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.kiosk.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates and times in the words people say, as the card shows them and Listen reads them. */
class MeetingWordsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static MeetingWords words() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/meetings");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        KioskSettings settings = new KioskSettings(
                "Drop-in",
                "main",
                Locale.UK,
                LONDON,
                Duration.ofSeconds(60),
                140,
                365,
                "",
                Path.of("kiosk-config"),
                Path.of("data"));
        return new MeetingWords(new Messages(source, settings));
    }

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            11:00 | 11 o'clock in the morning
            12:30 | half past 12 in the afternoon
            12:00 | 12 o'clock midday
            00:00 | 12 o'clock at night
            09:15 | quarter past 9 in the morning
            13:45 | quarter to 2 in the afternoon
            11:45 | quarter to 12 in the morning
            18:30 | half past 6 in the evening
            10:05 | 5 minutes past 10 in the morning
            14:40 | 20 minutes to 3 in the afternoon
            10:01 | 1 minute past 10 in the morning
            23:59 | 1 minute to 12 at night
            """)
    void times_in_words(String time, String expected) {
        assertThat(words().time(LocalTime.parse(time))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2022-12-22 | Thursday 22 December
            2027-01-13 | Wednesday 13 January
            2028-02-29 | Tuesday 29 February
            """)
    void dates_in_words(String date, String expected) {
        assertThat(words().date(LocalDate.parse(date))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} seen at {0} is \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-03T09:00 | 2026-12-03T11:00 | That is today.
            2026-12-03T23:30 | 2026-12-04T11:00 | That is tomorrow.
            2026-12-03T09:00 | 2026-12-08T11:00 | That is in 5 days.
            2027-03-27T20:00 | 2027-03-29T11:00 | That is in 2 days.
            2027-10-30T23:30 | 2027-11-01T00:30 | That is in 2 days.
            2026-12-03T11:30 | 2026-12-03T11:00 | It is on now.
            """)
    void how_far_away_in_days_counts_calendar_days_even_across_a_clock_change(
            String now, String start, String expected) {
        ZonedDateTime n = LocalDateTime.parse(now).atZone(LONDON);
        ZonedDateTime s = LocalDateTime.parse(start).atZone(LONDON);
        assertThat(words().when(s, n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            half past 12 in the afternoon | Half past 12 in the afternoon.
            11 o'clock in the morning     | 11 o'clock in the morning.
            """)
    void a_time_starts_a_sentence_with_a_capital_and_ends_with_a_full_stop(String words, String sentence) {
        assertThat(words().sentence(words)).isEqualTo(sentence);
    }
}
