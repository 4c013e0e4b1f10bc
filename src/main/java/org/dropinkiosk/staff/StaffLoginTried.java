package org.dropinkiosk.staff;

import java.time.LocalTime;

/** What a try at the staff PIN or the recovery code came to; the audit trail keeps each (decision 1702). */
public sealed interface StaffLoginTried {

    /** Where the try came from, e.g. "PIN pad" or "Change the PIN". */
    String via();

    record LoggedIn(String via, boolean withRecoveryCode) implements StaffLoginTried {}

    record PinWrong(String via) implements StaffLoginTried {}

    record RecoveryCodeWrong(String via) implements StaffLoginTried {}

    /** The wrong PIN just typed was the last one allowed: the PIN pad is shut until {@code until}. */
    record LockedOut(String via, LocalTime until) implements StaffLoginTried {}

    /** A PIN came while the PIN pad was shut; refused without looking at it. */
    record RefusedWhileLocked(String via, LocalTime until) implements StaffLoginTried {}

    /** A recovery code came sooner after a wrong one than the growing wait allows. */
    record RecoveryRefusedTooSoon(String via) implements StaffLoginTried {}
}
