package org.dropinkiosk.visits;

import java.time.LocalDate;
import java.time.ZoneId;
import org.dropinkiosk.speech.PersonalSpeechForgotten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps visits only as long as the group decided: old visits lose their person, one person can be erased. */
@Service
public class VisitRetention {

    /** What an anonymising run changed. */
    public record Anonymised(int visits, int visitors) {}

    /** What erasing one person changed. */
    public record Erased(int visits, int visitors) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public VisitRetention(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Visits before {@code cutoff} keep their date and group (the count) but lose the person; a visitor
     * who has no named visit left and was created before the cutoff is deleted with their choices.
     */
    @Transactional
    public Anonymised anonymiseBefore(LocalDate cutoff, ZoneId zone, String venueId) {
        int visits =
                jdbc.sql("""
                UPDATE visit SET visitor_id = NULL, anonymised = TRUE
                WHERE venue_id = :venue AND visit_date < :cutoff AND (visitor_id IS NOT NULL OR anonymised = FALSE)""").param("venue", venueId).param("cutoff", cutoff).update();
        int visitors = jdbc.sql("""
                DELETE FROM visitor WHERE venue_id = :venue AND created_at < :cutoff
                AND NOT EXISTS (SELECT 1 FROM visit WHERE visit.visitor_id = visitor.id)""")
                .param("venue", venueId)
                .param("cutoff", cutoff.atStartOfDay(zone).toOffsetDateTime())
                .update();
        events.publishEvent(PersonalSpeechForgotten.EVERYONE);
        return new Anonymised(visits, visitors);
    }

    /** Erases one person: their visits stay as anonymous counts, their visitor row and choices go. */
    @Transactional
    public Erased erase(long visitorId) {
        int visits = jdbc.sql("UPDATE visit SET visitor_id = NULL, anonymised = TRUE WHERE visitor_id = :id")
                .param("id", visitorId)
                .update();
        int visitors = jdbc.sql("DELETE FROM visitor WHERE id = :id")
                .param("id", visitorId)
                .update();
        events.publishEvent(PersonalSpeechForgotten.visitor(visitorId));
        return new Erased(visits, visitors);
    }
}
