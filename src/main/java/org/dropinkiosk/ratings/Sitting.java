package org.dropinkiosk.ratings;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One go at the kiosk through a set of questions. Its id is random and is the only thing that
 * groups the answers: nothing links it to the visitor. It lives only on the screen.
 */
public final class Sitting {

    private final String id = UUID.randomUUID().toString();
    private final QuestionSet set;
    private Instant lastPress;
    private String lastTarget;

    Sitting(QuestionSet set) {
        this.set = set;
    }

    public String id() {
        return id;
    }

    public QuestionSet set() {
        return set;
    }

    /** True when this press counts: the last one was at least {@code guard} ago. A press like this changes the screen. */
    synchronized boolean press(Instant now, Duration guard) {
        return press(now, guard, null);
    }

    /**
     * True when this press counts. A press within {@code guard} is ignored when it follows a press that changed
     * the screen (a double tap lands on what came in its place) or a press on the same choice (a double tap would
     * pick and unpick it). Two different choices on one screen may be pressed quickly one after the other.
     *
     * @param choice the choice pressed on a screen that stays, or null for a press that changes the screen
     */
    synchronized boolean press(Instant now, Duration guard, String choice) {
        boolean soon = lastPress != null && now.isBefore(lastPress.plus(guard));
        if (soon && (lastTarget == null || Objects.equals(lastTarget, choice))) {
            return false;
        }
        lastPress = now;
        lastTarget = choice;
        return true;
    }
}
