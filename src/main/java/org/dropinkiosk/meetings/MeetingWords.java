package org.dropinkiosk.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.dropinkiosk.kiosk.Messages;
import org.springframework.stereotype.Component;

/** Dates and times in the words people say: "Thursday 22 December", "half past 12 in the afternoon". */
@Component
public class MeetingWords {

    private final Messages messages;

    public MeetingWords(Messages messages) {
        this.messages = messages;
    }

    /** "Thursday 22 December". */
    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", messages.locale()));
    }

    /** "11 o'clock in the morning", "quarter to 1 in the afternoon", "12 o'clock midday". */
    public String time(LocalTime time) {
        int minute = time.getMinute();
        if (minute == 0 && time.getHour() == 12) {
            return messages.get("meetings.time.midday");
        }
        if (minute == 0 && time.getHour() == 0) {
            return messages.get("meetings.time.midnight");
        }
        String part = messages.get(partOfDay(time));
        int hour = twelveHour(time.getHour());
        int next = twelveHour(time.getHour() + 1);
        return switch (minute) {
            case 0 -> messages.get("meetings.time.oclock", hour, part);
            case 15 -> messages.get("meetings.time.quarter-past", hour, part);
            case 30 -> messages.get("meetings.time.half-past", hour, part);
            case 45 -> messages.get("meetings.time.quarter-to", next, part);
            default ->
                minute < 30
                        ? messages.get("meetings.time.minutes-past", minute, hour, part)
                        : messages.get("meetings.time.minutes-to", 60 - minute, next, part);
        };
    }

    /** "That is today.", "That is tomorrow.", "That is in 5 days.", or "It is on now." */
    public String when(ZonedDateTime start, ZonedDateTime now) {
        if (!start.isAfter(now)) {
            return messages.get("meetings.when.now");
        }
        long days = ChronoUnit.DAYS.between(
                now.toLocalDate(), start.withZoneSameInstant(now.getZone()).toLocalDate());
        if (days == 0) {
            return messages.get("meetings.when.today");
        }
        if (days == 1) {
            return messages.get("meetings.when.tomorrow");
        }
        return messages.get("meetings.when.days", days);
    }

    /** The first letter as a capital, for a time at the start of a sentence. */
    public String sentence(String words) {
        if (words.isEmpty()) {
            return words;
        }
        String s = words.substring(0, 1).toUpperCase(messages.locale()) + words.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    private static String partOfDay(LocalTime time) {
        int h = time.getHour();
        if (h < 5 || h >= 22) {
            return "meetings.time.night";
        }
        if (h < 12) {
            return "meetings.time.morning";
        }
        return h < 18 ? "meetings.time.afternoon" : "meetings.time.evening";
    }

    private static int twelveHour(int hour24) {
        int h = hour24 % 12;
        return h == 0 ? 12 : h;
    }

    Locale locale() {
        return messages.locale();
    }
}
