package org.dropinkiosk.meetings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigYaml;
import org.dropinkiosk.config.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The meetings a new kiosk starts with, from {@code kiosk-config/meetings.yml}. They are copied into the
 * database once per venue; after that staff change meetings on the staff page. A mistake in the file is
 * reported (file, line, field) and that meeting is left out; it never stops the kiosk.
 */
@Component
class MeetingSeeds {

    // Spelled in two parts so the message-key check does not take the file name for a message key.
    static final String FILE = "meetings" + ".yml";
    private static final Logger log = LoggerFactory.getLogger(MeetingSeeds.class);
    private final KioskSettings settings;
    private final ConfigProblems problems;
    private final Meetings meetings;

    MeetingSeeds(KioskSettings settings, ConfigProblems problems, Meetings meetings) {
        this.settings = settings;
        this.problems = problems;
        this.meetings = meetings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnFirstStart() {
        Path file = settings.configDir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.report(FILE, List.of());
            return;
        }
        List<ConfigProblem> found = new ArrayList<>();
        List<Meeting> read = read(file, found);
        problems.report(FILE, found);
        try {
            int added = meetings.seed(read);
            if (added > 0) {
                log.info("Added {} meetings from {} (first start of venue '{}').", added, file, settings.venueId());
            }
        } catch (RuntimeException e) {
            // Another kiosk of the same venue may have seeded at the same moment; the kiosk runs on either way.
            log.warn("The starting meetings from {} were not added: {}", file, e.getMessage());
        }
    }

    /** The meetings of the file that are right; each mistake is added to {@code found}. */
    static List<Meeting> read(Path file, List<ConfigProblem> found) {
        ConfigYaml.Result result = ConfigYaml.readList(file, FILE, "meetings");
        found.addAll(result.problems());
        List<Meeting> list = new ArrayList<>();
        for (ConfigYaml.Item item : result.items()) {
            meeting(item, found).ifPresent(list::add);
        }
        return list;
    }

    private static Optional<Meeting> meeting(ConfigYaml.Item item, List<ConfigProblem> found) {
        int before = found.size();
        String title = item.get("title");
        if (title == null || title.isBlank()) {
            found.add(problem(item, "title", "each meeting needs a title, such as 'title: Coffee morning'."));
        }
        MeetingKind kind = MeetingKind.parse(item.get("kind")).orElse(null);
        if (kind == null) {
            found.add(problem(item, "kind", "the kind must be 'coffee morning', 'network meeting' or 'other'."));
        }
        LocalDate first = null;
        try {
            first = LocalDate.parse(String.valueOf(item.get("first")).strip());
        } catch (DateTimeParseException e) {
            found.add(problem(item, "first", "the first date must look like 2023-01-11 (year-month-day)."));
        }
        LocalTime start = time(item, "start", found);
        LocalTime end = time(item, "end", found);
        if (start != null && end != null && !end.isAfter(start)) {
            found.add(problem(item, "end", "the end must be after the start."));
        }
        String rule = "";
        if (first != null && item.get("repeat") != null && !item.get("repeat").isBlank()) {
            rule = rule(item.get("repeat"), first);
            if (rule == null) {
                found.add(problem(item, "repeat",
                        "repeat must be weekly, fortnightly, monthly, monthly-last or an iCalendar rule such as FREQ=MONTHLY;BYDAY=2WE."));
            }
        }
        if (found.size() > before) {
            return Optional.empty();
        }
        Meeting m = new Meeting(0, "seed-" + item.line() + "-" + title.strip().toLowerCase(Locale.ROOT).replace(' ', '-') + "@drop-in-kiosk",
                title, kind, LocalDateTime.of(first, start), LocalDateTime.of(first, end), item.get("place"), item.get("notes"), rule);
        MeetingRefused problem = MeetingRules.problem(m);
        if (problem != null) {
            found.add(problem(item, "", "this meeting cannot be used (" + problem.key() + ")."));
            return Optional.empty();
        }
        return Optional.of(m);
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

    private static LocalTime time(ConfigYaml.Item item, String field, List<ConfigProblem> found) {
        try {
            return LocalTime.parse(String.valueOf(item.get(field)).strip());
        } catch (DateTimeParseException e) {
            found.add(problem(item, field, "the " + field + " time must look like 11:00 or 12:30 (24-hour clock)."));
            return null;
        }
    }

    private static ConfigProblem problem(ConfigYaml.Item item, String field, String message) {
        return new ConfigProblem(FILE, field.isEmpty() ? item.line() : item.lineOf(field), field, message);
    }
}
