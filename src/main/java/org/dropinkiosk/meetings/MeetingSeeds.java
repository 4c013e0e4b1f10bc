package org.dropinkiosk.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.Mistakes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The meetings a new kiosk starts with, from {@code kiosk-config/meetings.yml}, read through the {@link ConfigStore}.
 * They are copied into the database once per venue; after that staff change meetings on the staff page. A mistake in
 * the file is reported (file, line, field) and that meeting is left out; it never stops the kiosk.
 */
@Component
class MeetingSeeds {

    private static final Logger log = LoggerFactory.getLogger(MeetingSeeds.class);
    private final KioskSettings settings;
    private final ConfigStore store;
    private final Meetings meetings;

    MeetingSeeds(KioskSettings settings, ConfigStore store, Meetings meetings) {
        this.settings = settings;
        this.store = store;
        this.meetings = meetings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnFirstStart() {
        List<Meeting> read = read(store);
        if (read.isEmpty()) {
            return;
        }
        try {
            int added = meetings.seed(read);
            if (added > 0) {
                log.info(
                        "Added {} meetings from {} (first start of venue '{}').",
                        added,
                        MeetingsFile.FILE.name(),
                        settings.venueId());
            }
        } catch (RuntimeException e) {
            // Another kiosk of the same venue may have seeded at the same moment; the kiosk runs on either way.
            log.warn("The starting meetings from {} were not added: {}", MeetingsFile.FILE.name(), e.getMessage());
        }
    }

    /** The meetings of the file that are right; each mistake goes to the store's problems. */
    static List<Meeting> read(ConfigStore store) {
        MeetingsFile file = store.register(MeetingsFile.FILE, MeetingSeeds::tidy);
        List<Meeting> list = new ArrayList<>();
        for (int i = 0; i < file.meetings().size(); i++) {
            list.add(meeting(file.meetings().get(i), i));
        }
        return list;
    }

    /** Leaves out a meeting whose kind, times or repeat are wrong together, which one field's rule cannot see. */
    private static MeetingsFile tidy(MeetingsFile read, Mistakes mistakes) {
        List<MeetingsFile.Entry> kept = new ArrayList<>();
        for (int i = 0; i < read.meetings().size(); i++) {
            MeetingsFile.Entry entry = read.meetings().get(i);
            String at = "meetings[" + i + "]";
            int before = mistakes.found().size();
            if (MeetingKind.parse(entry.kind()).isEmpty()) {
                mistakes.leftOut(at + ".kind", "meetings.config.kind");
            }
            if (!entry.end().isAfter(entry.start())) {
                mistakes.leftOut(at + ".end", "meetings.config.end");
            }
            if (hasRepeat(entry) && rule(entry.repeat(), entry.first()) == null) {
                mistakes.leftOut(at + ".repeat", "meetings.config.repeat");
            }
            if (mistakes.found().size() > before) {
                continue;
            }
            MeetingRefused refused = MeetingRules.problem(meeting(entry, i));
            if (refused != null) {
                mistakes.leftOut(at, refused.key());
            } else {
                kept.add(entry);
            }
        }
        return new MeetingsFile(kept);
    }

    private static boolean hasRepeat(MeetingsFile.Entry entry) {
        return entry.repeat() != null && !entry.repeat().isBlank();
    }

    private static Meeting meeting(MeetingsFile.Entry e, int index) {
        String rule = hasRepeat(e) ? rule(e.repeat(), e.first()) : "";
        return new Meeting(
                0,
                "seed-" + (index + 1) + "-"
                        + e.title().strip().toLowerCase(Locale.ROOT).replace(' ', '-') + "@drop-in-kiosk",
                e.title(),
                MeetingKind.parse(e.kind()).orElseThrow(),
                LocalDateTime.of(e.first(), e.start()),
                LocalDateTime.of(e.first(), e.end()),
                e.place(),
                e.notes(),
                rule == null ? "" : rule);
    }

    /** weekly, fortnightly, monthly (the same weekday of the month as the first date), monthly-last, or an RRULE. */
    static String rule(String repeat, LocalDate first) {
        String r = repeat.strip().toLowerCase(Locale.ROOT);
        Recurrence.Choice choice = switch (r) {
            case "weekly" -> Recurrence.Choice.WEEKLY;
            case "fortnightly" -> Recurrence.Choice.FORTNIGHTLY;
            case "monthly" -> Recurrence.Choice.MONTHLY_NTH;
            case "monthly-last" -> Recurrence.Choice.MONTHLY_LAST;
            default -> null;
        };
        if (choice != null) {
            return choice.rule(first);
        }
        return Recurrence.parse(repeat).isPresent() ? repeat.strip().toUpperCase(Locale.ROOT) : null;
    }
}
