package org.dropinkiosk.staff;

import java.time.Instant;
import java.util.List;

/**
 * The wrong tries since the last good login, as the audit trail kept them (decision 800): the throttle asks
 * here, so a restart of the kiosk does not reset it. The audit module answers; staff never reads its table.
 */
public interface LoginTries {

    /** Wrong PINs after {@code since} and after the last good login, newest first, at most {@code n}. */
    List<Instant> wrongPins(Instant since, int n);

    /** Wrong recovery codes after {@code since} and after the last good login, newest first, at most {@code n}. */
    List<Instant> wrongRecoveryCodes(Instant since, int n);
}
