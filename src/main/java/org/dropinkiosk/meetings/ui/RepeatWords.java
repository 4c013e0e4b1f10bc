package org.dropinkiosk.meetings.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.meetings.Meeting;
import org.dropinkiosk.meetings.Recurrence;

/** A series' rule in the words staff chose it by: "Every month on the second Wednesday". */
final class RepeatWords {

    private RepeatWords() {}

    static String of(Recurrence.Choice choice, LocalDate first, Messages messages) {
        String day = first.getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale());
        return switch (choice) {
            case NONE -> messages.get("meetings.repeat.none");
            case WEEKLY -> messages.get("meetings.repeat.weekly", day);
            case FORTNIGHTLY -> messages.get("meetings.repeat.fortnightly", day);
            case MONTHLY_NTH ->
                messages.get("meetings.repeat.monthly-nth", messages.get("meetings.nth." + Recurrence.nth(first)), day);
            case MONTHLY_LAST -> messages.get("meetings.repeat.monthly-last", day);
        };
    }

    static String of(Meeting m, Messages messages) {
        LocalDate first = m.start().toLocalDate();
        return Recurrence.Choice.of(m.repeatRule(), first)
                .map(c -> of(c, first, messages))
                .orElseGet(() -> messages.get("meetings.repeat.own", m.repeatRule()));
    }
}
