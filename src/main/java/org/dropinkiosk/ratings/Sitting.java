package org.dropinkiosk.ratings;

import java.time.Instant;
import java.util.UUID;

/**
 * One go at the kiosk through a set of questions. Its id is random and is the only thing that
 * groups the answers: nothing links it to the visitor. It lives only on the screen.
 */
public final class Sitting {

    private final String id = UUID.randomUUID().toString();
    private final QuestionSet set;
    private Instant lastPress;

    Sitting(QuestionSet set) {
        this.set = set;
    }

    public String id() {
        return id;
    }

    public QuestionSet set() {
        return set;
    }

    /** True when this press counts: the last one was at least {@code guard} ago. */
    synchronized boolean press(Instant now, java.time.Duration guard) {
        if (lastPress != null && now.isBefore(lastPress.plus(guard))) {
            return false;
        }
        lastPress = now;
        return true;
    }
}
