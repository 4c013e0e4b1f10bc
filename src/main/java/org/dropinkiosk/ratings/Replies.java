package org.dropinkiosk.ratings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "You said, we did": staff's short replies to what visitors said, newest first, for this venue. */
@Service
public class Replies {

    public static final int MOST_LETTERS = 300;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KioskSettings kiosk;

    Replies(JdbcClient jdbc, Clock clock, KioskSettings kiosk) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.kiosk = kiosk;
    }

    @Transactional(readOnly = true)
    public List<Reply> latest() {
        return jdbc.sql("""
                SELECT id, you_said, we_did, symbol, created_at FROM reply
                WHERE venue_id = :venue ORDER BY created_at DESC, id DESC""").param("venue", kiosk.venueId()).query(Reply.class).list();
    }

    @Transactional
    public void add(String youSaid, String weDid, String symbol) {
        jdbc.sql("""
                INSERT INTO reply (venue_id, you_said, we_did, symbol, created_at)
                VALUES (:venue, :youSaid, :weDid, :symbol, :at)""")
                .param("venue", kiosk.venueId())
                .param("youSaid", checked(youSaid))
                .param("weDid", checked(weDid))
                .param("symbol", symbol == null || symbol.isBlank() ? null : symbol)
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    @Transactional
    public void remove(long id) {
        jdbc.sql("DELETE FROM reply WHERE id = :id AND venue_id = :venue")
                .param("id", id)
                .param("venue", kiosk.venueId())
                .update();
    }

    private static String checked(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MOST_LETTERS) {
            throw new IllegalArgumentException("A reply needs 1 to " + MOST_LETTERS + " letters");
        }
        return text.strip();
    }
}
