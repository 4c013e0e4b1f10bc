package org.dropinkiosk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

/**
 * Holding a page's installed clock for a few local steps only (never across a round trip to the server):
 * while held, time moves only by {@code runFor}; afterwards it flows again.
 */
final class PageClock {

    private PageClock() {}

    /** Runs {@code steps} with the page's clock held, then lets it flow again. */
    static void held(Page page, Runnable steps) {
        pauseSoon(page);
        try {
            steps.run();
        } finally {
            page.clock().resume();
        }
    }

    // The page's time runs on while the test asks for it: a moment already past is asked for again further on.
    private static void pauseSoon(Page page) {
        for (long ahead = 100; ; ahead *= 4) {
            try {
                page.clock().pauseAt(((Number) page.evaluate("Date.now()")).longValue() + ahead);
                return;
            } catch (PlaywrightException alreadyPast) {
                if (ahead > 30_000) {
                    throw alreadyPast;
                }
            }
        }
    }
}
