package org.dropinkiosk.visits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.speech.PersonalSpeechForgotten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who came: visitors sign in once a day per venue, sign out, and are signed out automatically at
 * the end of the day. The unique index {@code visit_once_a_day} is what makes a visit count once,
 * however many taps or threads race for it.
 */
@Service
public class VisitService {

    static final String BY_VISITOR = "visitor";
    static final String BY_AUTOMATIC = "automatic";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String venueId;
    private final VisitSettings visitSettings;
    private final ApplicationEventPublisher events;
    private final VisitorPreferences preferences;

    VisitService(
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock,
            KioskSettings settings,
            VisitSettings visitSettings,
            ApplicationEventPublisher events,
            VisitorPreferences preferences) {
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.venueId = settings.venueId();
        this.visitSettings = visitSettings;
        this.preferences = preferences;
    }

    /** Visitors of this venue who agreed to be shown on the screen, by name. */
    public List<Visitor> shownVisitors() {
        return jdbc.sql("SELECT * FROM visitor WHERE venue_id = ? AND show_name = TRUE ORDER BY name, id")
                .param(venueId)
                .query(Visitor.class)
                .list();
    }

    public Optional<Visitor> visitor(long id) {
        return jdbc.sql("SELECT * FROM visitor WHERE id = ? AND venue_id = ?")
                .param(id)
                .param(venueId)
                .query(Visitor.class)
                .optional();
    }

    /**
     * Visitors who chose not to be shown and have exactly the name typed (any case), the most recent
     * visitor first, at most {@code kiosk.visits.private-matches}. Never a list for the screen: each is
     * asked about on its own, by picture.
     */
    public List<Visitor> privateVisitorsNamed(String typed) {
        VisitorName name = VisitorName.check(typed);
        if (!name.ok()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT p.* FROM visitor p
                WHERE p.venue_id = ? AND p.show_name = FALSE AND LOWER(p.name) = ?
                ORDER BY (SELECT MAX(v.visit_date) FROM visit v WHERE v.visitor_id = p.id) DESC NULLS LAST, p.id DESC
                LIMIT ?""")
                .params(venueId, name.name().toLowerCase(Locale.ROOT), visitSettings.privateMatches())
                .query(Visitor.class)
                .list();
    }

    /** The pictures already chosen by visitors of the same name, so a new one picks another. */
    public Set<String> symbolsTakenBy(String name) {
        // Only shown visitors: hidden ones never appear beside a new one, and counting them would betray them.
        return jdbc
                .sql(
                        "SELECT symbol FROM visitor WHERE venue_id = ? AND LOWER(name) = ? AND symbol IS NOT NULL AND show_name = TRUE")
                .param(venueId)
                .param(name.strip().toLowerCase(Locale.ROOT))
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /** Whether a visitor or a visit of this venue names the group: staff then hide it instead of removing it. */
    public boolean groupInUse(String groupId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM visit WHERE venue_id = ? AND group_id = ?
                        UNION ALL SELECT 1 FROM visitor WHERE venue_id = ? AND group_id = ?) used""")
                        .params(venueId, groupId, venueId, groupId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Keeps a new visitor and signs them in, in one go: both or neither. */
    public Visitor registerAndSignIn(NewVisitor visitor) {
        return registerAndSignIn(visitor, Preferences.of(visitor.slowerSpeech(), visitor.readAloud()));
    }

    /** Keeps a new visitor with every preference they chose and signs them in: all or nothing. */
    public Visitor registerAndSignIn(NewVisitor visitor, Preferences chosen) {
        VisitorName name = VisitorName.check(visitor.name());
        if (!name.ok()) {
            throw new InvalidName(name.problemKey());
        }
        return transaction.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO visitor (venue_id, name, symbol, group_id, show_name, slower_speech, read_aloud, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            venueId,
                            name.name(),
                            visitor.symbol(),
                            visitor.groupId(),
                            visitor.showName(),
                            visitor.slowerSpeech(),
                            visitor.readAloud(),
                            now())
                    .update(key, "id");
            long id = key.getKey().longValue();
            preferences.keep(id, chosen);
            signIn(id);
            return new Visitor(
                    id,
                    name.name(),
                    visitor.symbol(),
                    visitor.groupId(),
                    visitor.showName(),
                    visitor.slowerSpeech(),
                    visitor.readAloud());
        });
    }

    /** Signs a known visitor in for today; a second sign-in today counts nothing new. */
    public SignIn signIn(long visitorId) {
        String group = jdbc.sql("SELECT group_id FROM visitor WHERE id = ? AND venue_id = ?")
                .param(visitorId)
                .param(venueId)
                .query(String.class)
                .optional()
                .orElse(null);
        try {
            jdbc.sql("""
                    INSERT INTO visit (venue_id, visitor_id, group_id, visit_date, signed_in_at)
                    VALUES (?, ?, ?, ?, ?)""").params(venueId, visitorId, group, today(), now()).update();
            return SignIn.SIGNED_IN;
        } catch (DuplicateKeyException alreadyToday) {
            // Came back after going home: they are here again, still one visit.
            jdbc.sql("""
                    UPDATE visit SET signed_out_at = NULL, signed_out_by = NULL
                    WHERE venue_id = ? AND visitor_id = ? AND visit_date = ?""").params(venueId, visitorId, today()).update();
            return SignIn.ALREADY_SIGNED_IN;
        }
    }

    /** Signs a visitor out; false when they were not signed in. */
    public boolean signOut(long visitorId) {
        boolean wasHere = jdbc.sql("""
                UPDATE visit SET signed_out_at = ?, signed_out_by = ?
                WHERE venue_id = ? AND visitor_id = ? AND visit_date = ? AND signed_out_at IS NULL""")
                        .params(now(), BY_VISITOR, venueId, visitorId, today())
                        .update()
                > 0;
        events.publishEvent(PersonalSpeechForgotten.visitor(visitorId));
        return wasHere;
    }

    public boolean isHere(long visitorId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM visit
                WHERE venue_id = ? AND visitor_id = ? AND visit_date = ? AND signed_out_at IS NULL""")
                        .params(venueId, visitorId, today())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Who is signed in now at this venue: the fire roll call. */
    public List<Present> whoIsHere() {
        return whoIsHere(venueId);
    }

    public List<Present> whoIsHere(String venue) {
        return jdbc.sql("""
                SELECT v.visitor_id, p.name, p.symbol, v.group_id, v.signed_in_at
                FROM visit v JOIN visitor p ON p.id = v.visitor_id
                WHERE v.venue_id = ? AND v.visit_date = ? AND v.signed_out_at IS NULL
                ORDER BY p.name, p.id""").params(venue, today()).query(Present.class).list();
    }

    /** How many visits today at this venue (each visitor once, signed out or not). */
    public int countToday() {
        return countToday(venueId);
    }

    public int countToday(String venue) {
        return jdbc.sql("SELECT COUNT(*) FROM visit WHERE venue_id = ? AND visit_date = ?")
                .params(venue, today())
                .query(Integer.class)
                .single();
    }

    /**
     * Signs out everyone still in from an earlier day, and today's visitors once the sign-out time
     * has come. The sign-out time is recorded, not the moment this ran (the kiosk may have been off).
     *
     * @return how many were signed out
     */
    public int signOutEveryoneStillIn() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        int count = 0;
        List<LocalDate> openDays = jdbc.sql(
                        "SELECT DISTINCT visit_date FROM visit WHERE venue_id = ? AND signed_out_at IS NULL AND visit_date <= ?")
                .params(venueId, today)
                .query(LocalDate.class)
                .list();
        for (LocalDate day : openDays) {
            ZonedDateTime at = day.atTime(visitSettings.signOutAt()).atZone(clock.getZone());
            if (day.isBefore(today) || !now.isBefore(at)) {
                count += jdbc.sql("""
                        UPDATE visit SET signed_out_at = ?, signed_out_by = ?
                        WHERE venue_id = ? AND visit_date = ? AND signed_out_at IS NULL""")
                        .params(at.toOffsetDateTime(), BY_AUTOMATIC, venueId, day)
                        .update();
            }
        }
        if (count > 0) {
            events.publishEvent(PersonalSpeechForgotten.EVERYONE);
        }
        return count;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
