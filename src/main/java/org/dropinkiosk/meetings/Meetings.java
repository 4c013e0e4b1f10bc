package org.dropinkiosk.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Meetings and repeating series: what is coming up (for the What's on screen) and what staff change.
 * Every change is checked first and written in one transaction with its audit line, so a refused
 * change leaves nothing half saved.
 */
@Service
public class Meetings {

    static final String STAFF = "staff";
    private final MeetingStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final UpcomingDates upcoming = new UpcomingDates();
    private final TransactionTemplate oneEvent;

    Meetings(
            MeetingStore store,
            Clock clock,
            KioskSettings settings,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.zone = settings.timeZone();
        // Each imported event in a savepoint of its own: one the database refuses does not undo the others.
        this.oneEvent = new TransactionTemplate(transactions);
        this.oneEvent.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public ZoneId zone() {
        return zone;
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(zone);
    }

    /** The next {@code max} dates that have not ended yet, earliest first; expanded once and kept (UpcomingDates). */
    @Transactional(readOnly = true)
    public List<Occurrence> upcoming(int max) {
        ZonedDateTime now = now();
        return upcoming.first(
                max, now, store.fingerprint(), () -> expandUpcoming(now, Math.max(max, UpcomingDates.KEPT)));
    }

    /** How many times What's on's dates were expanded since the start (for tests and the benchmark). */
    long upcomingExpansions() {
        return upcoming.expansions();
    }

    /** Forgets What's on's kept dates, so the benchmark can time a fresh expansion. */
    void forgetUpcoming() {
        upcoming.forget();
    }

    /** The next fortnight first (most venues fill What's on from it), the whole year only when that is not enough. */
    private List<Occurrence> expandUpcoming(ZonedDateTime now, int max) {
        List<Meeting> all = store.all();
        Map<Long, Map<LocalDate, DateChange>> changes = store.allChanges();
        List<Occurrence> soon = expand(all, changes, now, now.plusDays(14), max);
        return soon.size() >= max ? soon : expand(all, changes, now, now.plusYears(1), max);
    }

    private List<Occurrence> expand(
            List<Meeting> all,
            Map<Long, Map<LocalDate, DateChange>> changes,
            ZonedDateTime from,
            ZonedDateTime to,
            int max) {
        List<Occurrence> dates = new ArrayList<>();
        for (Meeting m : all) {
            dates.addAll(Recurrence.between(m, changes.getOrDefault(m.id(), Map.of()), from, to, zone));
        }
        return dates.stream()
                .sorted(Comparator.comparing(Occurrence::start))
                .limit(max)
                .toList();
    }

    /** What's on's kept dates are forgotten once this transaction's change is committed (or at once without one). */
    private void changed() {
        upcoming.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    upcoming.forget();
                }
            });
        }
    }

    /** Tells the audit trail, inside the change's transaction (the change and its line stand or fall together). */
    private void announce(String actor, String change, String detail) {
        events.publishEvent(new MeetingChanged(actor, change, detail));
    }

    /** The next dates of one meeting or series, changed dates included. */
    @Transactional(readOnly = true)
    public List<Occurrence> nextDates(long id, int max) {
        ZonedDateTime now = now();
        return store.find(id)
                .map(m -> Recurrence.between(m, store.changes(id), now, now.plusYears(2), zone).stream()
                        .limit(max)
                        .toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<Meeting> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(long id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public Map<LocalDate, DateChange> changes(long id) {
        return store.changes(id);
    }

    /** Adds a meeting (id 0) or changes one; refused with a plain reason when something is wrong. */
    @Transactional
    public Meeting save(Meeting meeting) {
        MeetingRules.check(meeting);
        if (meeting.id() == 0) {
            Meeting withUid = meeting.uid().isEmpty() ? meeting.withUid(UUID.randomUUID() + "@drop-in-kiosk") : meeting;
            Meeting saved = withUid.withId(store.insert(withUid));
            changed();
            announce(STAFF, "added", describe(saved));
            return saved;
        }
        Meeting before = store.find(meeting.id()).orElseThrow(() -> new MeetingRefused("meetings.refused.gone"));
        store.update(meeting);
        if (!before.repeatRule().equals(meeting.repeatRule())
                || !before.start().toLocalTime().equals(meeting.start().toLocalTime())
                || !before.start().toLocalDate().equals(meeting.start().toLocalDate())) {
            // The series' dates moved: changes made to the old dates no longer belong to it.
            store.clearChanges(meeting.id());
        }
        changed();
        announce(STAFF, "changed", describe(meeting));
        return meeting;
    }

    /** Removes a meeting, or a whole series with all its dates. */
    @Transactional
    public void remove(long id) {
        Meeting m = store.find(id).orElseThrow(() -> new MeetingRefused("meetings.refused.gone"));
        store.delete(id);
        changed();
        announce(STAFF, "removed", describe(m));
    }

    /** Takes one date out of a series; the other dates stay. */
    @Transactional
    public void removeDate(long id, LocalDate date) {
        Meeting m = seriesWithDate(id, date);
        store.putChange(id, DateChange.cancelled(date));
        changed();
        announce(STAFF, "date-removed", describe(m) + " on " + date);
    }

    /** Moves one date of a series (new start, end, place); the other dates stay. */
    @Transactional
    public void changeDate(long id, LocalDate date, LocalDateTime start, LocalDateTime end, String place) {
        Meeting m = seriesWithDate(id, date);
        MeetingRules.check(new Meeting(id, m.uid(), m.title(), m.kind(), start, end, place, m.notes(), ""));
        store.putChange(
                id,
                new DateChange(
                        date, false, start, end, place == null || place.strip().equals(m.place()) ? "" : place));
        changed();
        announce(STAFF, "date-changed", describe(m) + " on " + date + " now " + start + " to " + end);
    }

    /** An .ics file of one meeting or series, with its VTIMEZONE. */
    @Transactional(readOnly = true)
    public String ics(long id) {
        Meeting m = store.find(id).orElseThrow(() -> new MeetingRefused("meetings.refused.gone"));
        return IcsCalendar.write(m, store.changes(id), zone);
    }

    /**
     * Reads an .ics file and adds its meetings in one go. A file that is too big or broken is refused
     * whole. Returns what was added and what was skipped, with reasons.
     */
    @Transactional
    public ImportReport importIcs(String fileName, byte[] bytes) {
        IcsImport read = IcsCalendar.read(bytes, zone, now());
        List<Meeting> added = new ArrayList<>();
        List<IcsImport.Skipped> skipped = new ArrayList<>(read.skipped());
        for (IcsImport.Entry entry : read.entries()) {
            if (store.hasUid(entry.meeting().uid())) {
                skipped.add(new IcsImport.Skipped(entry.meeting().title(), "meetings.import.skip.already"));
                continue;
            }
            try {
                long id = oneEvent.execute(status -> {
                    long newId = store.insert(entry.meeting());
                    entry.changes().values().forEach(c -> store.putChange(newId, c));
                    return newId;
                });
                added.add(entry.meeting().withId(id));
            } catch (DataAccessException e) {
                // The checks above should catch everything; this is the net, so the rest of the file is still added.
                skipped.add(new IcsImport.Skipped(entry.meeting().title(), "meetings.import.skip.not-saved"));
            }
        }
        changed();
        announce(STAFF, "imported", fileName + ": " + added.size() + " added, " + skipped.size() + " skipped");
        return new ImportReport(added, skipped);
    }

    /** Copies the starting meetings in once per venue (on the kiosk's first start). */
    @Transactional
    public int seed(List<Meeting> meetings) {
        if (!store.markSeeded()) {
            return 0;
        }
        for (Meeting m : meetings) {
            store.insert(m);
        }
        changed();
        announce("kiosk", "seeded", meetings.size() + " meetings from kiosk-config/meetings.yml");
        return meetings.size();
    }

    /** What an import did. */
    public record ImportReport(List<Meeting> added, List<IcsImport.Skipped> skipped) {}

    private Meeting seriesWithDate(long id, LocalDate date) {
        Meeting m = store.find(id).orElseThrow(() -> new MeetingRefused("meetings.refused.gone"));
        if (!m.repeats() || !Recurrence.isDateOf(m, date)) {
            throw new MeetingRefused("meetings.refused.not-a-date");
        }
        return m;
    }

    private static String describe(Meeting m) {
        return "#" + m.id() + " " + m.title() + " " + m.start() + (m.repeats() ? " " + m.repeatRule() : "");
    }
}
