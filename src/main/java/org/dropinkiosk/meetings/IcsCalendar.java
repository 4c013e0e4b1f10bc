package org.dropinkiosk.meetings;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Meetings to and from iCalendar (.ics). Out: times carry the venue's TZID together with its VTIMEZONE,
 * so a series keeps its wall-clock time in any calendar. In: every event is checked and either becomes
 * a meeting or is skipped with a plain reason.
 */
public final class IcsCalendar {

    /** The largest .ics file the kiosk reads. */
    public static final int MAX_BYTES = 1024 * 1024;

    static final int MAX_EVENTS = 500;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    static {
        // Everything is local: never ask the internet for time zone updates.
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    private IcsCalendar() {}

    /** One .ics file with the meeting (and its series' removed and changed dates). */
    public static String write(Meeting meeting, Map<LocalDate, DateChange> changes, ZoneId zone) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Drop-in Kiosk//Meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        VTimeZone vtz = registry.getTimeZone(zone.getId()).getVTimeZone();
        calendar.add(vtz);
        VEvent master = event(
                meeting.uid(),
                meeting.title(),
                meeting.start().atZone(zone),
                meeting.end().atZone(zone),
                meeting.place(),
                meeting.notes());
        if (meeting.repeats()) {
            master.add(new RRule<>(meeting.repeatRule()));
            List<DateChange> cancelled =
                    changes.values().stream().filter(DateChange::cancelled).toList();
            if (!cancelled.isEmpty()) {
                var dates = new net.fortuna.ical4j.model.DateList<>(cancelled.stream()
                        .map(c -> c.originalDate()
                                .atTime(meeting.start().toLocalTime())
                                .atZone(zone))
                        .toList());
                master.add(new ExDate<>(
                        new net.fortuna.ical4j.model.ParameterList(
                                List.of(new net.fortuna.ical4j.model.parameter.TzId(zone.getId()))),
                        dates));
            }
        }
        calendar.add(master);
        for (DateChange change : changes.values()) {
            if (!change.cancelled()) {
                VEvent moved = event(
                        meeting.uid(),
                        meeting.title(),
                        change.start().atZone(zone),
                        change.end().atZone(zone),
                        change.place().isEmpty() ? meeting.place() : change.place(),
                        meeting.notes());
                moved.add(new RecurrenceId<>(change.originalDate()
                        .atTime(meeting.start().toLocalTime())
                        .atZone(zone)));
                calendar.add(moved);
            }
        }
        try {
            var out = new StringWriter();
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VEvent event(
            String uid, String title, ZonedDateTime start, ZonedDateTime end, String place, String notes) {
        VEvent event = new VEvent(start, end, title);
        event.add(new Uid(uid));
        if (!place.isEmpty()) {
            event.add(new Location(place));
        }
        if (!notes.isEmpty()) {
            event.add(new Description(notes));
        }
        return event;
    }

    /**
     * The short calendar entry a phone reads from a QR code (the common BEGIN:VEVENT form), in UTC:
     * one date, not the series, and only title and times (title cut to 40 letters), so that the code
     * stays small (version 5, 37 modules) and a phone reads it from the screen. The card says the place.
     */
    public static String qrText(Occurrence occurrence) {
        String title = occurrence.title().length() > 40
                ? occurrence.title().substring(0, 40).strip()
                : occurrence.title();
        return "BEGIN:VEVENT\n"
                + "SUMMARY:" + escape(title) + '\n'
                + "DTSTART:" + UTC.format(occurrence.start().withZoneSameInstant(ZoneOffset.UTC)) + '\n'
                + "DTEND:" + UTC.format(occurrence.end().withZoneSameInstant(ZoneOffset.UTC)) + '\n'
                + "END:VEVENT";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }

    /**
     * Reads an .ics file. A file that is not iCalendar at all is refused whole; otherwise each event is
     * added or skipped with a reason. {@code now} decides what is in the past.
     */
    public static IcsImport read(byte[] bytes, ZoneId zone, ZonedDateTime now) {
        if (bytes.length > MAX_BYTES) {
            throw new MeetingRefused("meetings.import.too-big");
        }
        Calendar calendar;
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR")) {
                throw new MeetingRefused("meetings.import.broken");
            }
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException | RuntimeException e) {
            if (e instanceof MeetingRefused refused) {
                throw refused;
            }
            throw new MeetingRefused("meetings.import.broken");
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, IcsImport.Entry> masters = new LinkedHashMap<>();
        List<IcsImport.Skipped> skipped = new ArrayList<>();
        List<VEvent> overrides = new ArrayList<>();
        int count = 0;
        for (VEvent event : events) {
            String title = text(event, Property.SUMMARY);
            if (++count > MAX_EVENTS) {
                skipped.add(new IcsImport.Skipped(title, "meetings.import.skip.too-many"));
                continue;
            }
            if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.add(event);
                continue;
            }
            try {
                Meeting meeting = meeting(event, title, zone);
                Map<LocalDate, DateChange> changes = new HashMap<>();
                for (ExDate<?> ex : event.<ExDate<?>>getProperties(Property.EXDATE)) {
                    for (Temporal t : ex.getDates()) {
                        LocalDate d = local(t, zone).toLocalDate();
                        changes.put(d, DateChange.cancelled(d));
                    }
                }
                MeetingRefused problem = MeetingRules.problem(meeting);
                if (problem != null) {
                    skipped.add(IcsImport.Skipped.of(title, problem));
                } else if (!hasDateAfter(meeting, changes, now, zone)) {
                    skipped.add(new IcsImport.Skipped(title, "meetings.import.skip.past"));
                } else if (masters.containsKey(meeting.uid())) {
                    skipped.add(new IcsImport.Skipped(title, "meetings.import.skip.twice"));
                } else {
                    masters.put(meeting.uid(), new IcsImport.Entry(meeting, changes));
                }
            } catch (MeetingRefused e) {
                skipped.add(IcsImport.Skipped.of(title, e));
            } catch (RuntimeException e) {
                skipped.add(new IcsImport.Skipped(title, "meetings.import.skip.unreadable"));
            }
        }
        for (VEvent event : overrides) {
            String title = text(event, Property.SUMMARY);
            String uid = event.getUid().map(Uid::getValue).orElse("");
            IcsImport.Entry master = masters.get(uid);
            if (master == null || !master.meeting().repeats()) {
                skipped.add(new IcsImport.Skipped(title, "meetings.import.skip.lonely-change"));
                continue;
            }
            try {
                RecurrenceId<?> rid = event.<RecurrenceId<?>>getProperty(Property.RECURRENCE_ID)
                        .orElseThrow();
                LocalDate date = local(rid.getDate(), zone).toLocalDate();
                Meeting read = meeting(event, title, zone);
                Meeting changed = new Meeting(
                        0,
                        "",
                        master.meeting().title(),
                        master.meeting().kind(),
                        read.start(),
                        read.end(),
                        read.place(),
                        "",
                        "");
                MeetingRefused problem = MeetingRules.problem(changed);
                if (problem != null) {
                    skipped.add(IcsImport.Skipped.of(title, problem));
                    continue;
                }
                master.changes()
                        .put(
                                date,
                                new DateChange(
                                        date,
                                        false,
                                        changed.start(),
                                        changed.end(),
                                        changed.place().equals(master.meeting().place()) ? "" : changed.place()));
            } catch (RuntimeException e) {
                skipped.add(new IcsImport.Skipped(title, "meetings.import.skip.unreadable"));
            }
        }
        return new IcsImport(List.copyOf(masters.values()), skipped);
    }

    private static boolean hasDateAfter(
            Meeting meeting, Map<LocalDate, DateChange> changes, ZonedDateTime now, ZoneId zone) {
        return !Recurrence.between(meeting, changes, now, now.plusYears(2), zone)
                .isEmpty();
    }

    private static Meeting meeting(VEvent event, String title, ZoneId zone) {
        Optional<DateProperty<Temporal>> startProperty =
                event.getStartDate().map(p -> (DateProperty<Temporal>) (DateProperty<?>) p);
        Temporal startValue = startProperty
                .map(DateProperty::getDate)
                .orElseThrow(() -> new MeetingRefused("meetings.import.skip.no-start"));
        if (startValue instanceof LocalDate) {
            throw new MeetingRefused("meetings.import.skip.all-day");
        }
        LocalDateTime start = local(startValue, zone);
        LocalDateTime end = event.getEndDate(true)
                .map(p -> (Temporal) p.getDate())
                .map(t -> local(t, zone))
                .orElse(start.plus(Duration.ofHours(1)));
        String rule = event.getProperty(Property.RRULE).map(Property::getValue).orElse("");
        if (!rule.isEmpty() && Recurrence.limit(rule, start).orElse(null) == Recurrence.Limit.UNUSABLE) {
            throw new MeetingRefused("meetings.import.skip.rule");
        }
        String uid = event.getUid()
                .map(Uid::getValue)
                .filter(u -> !u.isBlank())
                .orElse(UUID.randomUUID() + "@drop-in-kiosk");
        if (uid.length() > MeetingRules.MAX_UID) {
            // Too long for the database: a name made from it still finds the same event when the file comes again.
            uid = UUID.nameUUIDFromBytes(uid.getBytes(StandardCharsets.UTF_8)) + "@drop-in-kiosk";
        }
        String notes = text(event, Property.DESCRIPTION);
        if (notes.length() > MeetingRules.MAX_NOTES) {
            notes = notes.substring(0, MeetingRules.MAX_NOTES);
        }
        return new Meeting(
                0, uid, title, MeetingKind.guess(title), start, end, text(event, Property.LOCATION), notes, rule);
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property)
                .map(Property::getValue)
                .map(String::strip)
                .orElse("");
    }

    /** A time from the file as wall-clock time in the venue's zone. A floating time is taken as it is. */
    static LocalDateTime local(Temporal t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDateTime();
        }
        if (t instanceof Instant i) {
            return i.atZone(zone).toLocalDateTime();
        }
        if (t instanceof LocalDateTime l) {
            return l;
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay();
        }
        throw new IllegalArgumentException("unknown time " + t);
    }
}
