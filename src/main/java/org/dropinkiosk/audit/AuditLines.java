package org.dropinkiosk.audit;

import org.dropinkiosk.backups.BackupMade;
import org.dropinkiosk.backups.BackupRefused;
import org.dropinkiosk.backups.BackupRestored;
import org.dropinkiosk.config.VenueSettingsSaved;
import org.dropinkiosk.content.NewsSaved;
import org.dropinkiosk.exports.ExportMade;
import org.dropinkiosk.exports.ExportNotMade;
import org.dropinkiosk.exports.StickTakenOut;
import org.dropinkiosk.meetings.MeetingChanged;
import org.dropinkiosk.ratings.QuestionSetsSaved;
import org.dropinkiosk.staff.PinChanged;
import org.dropinkiosk.staff.PinThrottle;
import org.dropinkiosk.staff.PronunciationsSaved;
import org.dropinkiosk.staff.RetentionRan;
import org.dropinkiosk.staff.StaffLoggedOut;
import org.dropinkiosk.staff.StaffLogin;
import org.dropinkiosk.staff.StaffLoginTried;
import org.dropinkiosk.staff.StaffSettings;
import org.dropinkiosk.staff.VisitorErased;
import org.dropinkiosk.visits.GroupsSaved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the features say happened into audit lines, in the words the audit page has always shown.
 * Listeners run synchronously (decision 1702): the PIN throttle counts a wrong PIN the moment it is typed.
 */
@Component
class AuditLines {

    static final String LOGGED_IN = "login";
    static final String PIN_WRONG = "login-failed";
    static final String RECOVERY_CODE_WRONG = "recovery-failed";
    private static final String STAFF = StaffLogin.ACTOR;

    private final AuditTrail audit;
    private final StaffSettings staff;

    AuditLines(AuditTrail audit, StaffSettings staff) {
        this.audit = audit;
        this.staff = staff;
    }

    @EventListener
    void on(StaffLoginTried tried) {
        String via = " (" + tried.via() + ")";
        switch (tried) {
            case StaffLoginTried.LoggedIn in ->
                audit.record(
                        STAFF,
                        LOGGED_IN,
                        (in.withRecoveryCode() ? "Logged in with the recovery code" : "Logged in") + via);
            case StaffLoginTried.PinWrong wrong -> audit.record(STAFF, PIN_WRONG, "Wrong PIN" + via);
            case StaffLoginTried.RecoveryCodeWrong wrong ->
                audit.record(STAFF, RECOVERY_CODE_WRONG, "Wrong recovery code" + via);
            case StaffLoginTried.LockedOut locked ->
                audit.record(
                        STAFF,
                        "lockout",
                        PinThrottle.MAX_WRONG + " wrong PINs in 15 minutes; locked until " + locked.until());
            case StaffLoginTried.RefusedWhileLocked refused ->
                audit.recordRepeated(STAFF, "login-refused", "Locked out until " + refused.until() + via);
            case StaffLoginTried.RecoveryRefusedTooSoon soon ->
                audit.recordRepeated(
                        STAFF, "recovery-refused", "Recovery code refused: too soon after a wrong one" + via);
        }
    }

    @EventListener
    void on(StaffLoggedOut out) {
        audit.record(STAFF, "logout", "Logged out: " + out.why());
    }

    @EventListener
    void on(PinChanged changed) {
        if (changed.saved()) {
            audit.record(STAFF, "pin-changed", "The staff PIN was changed in the staff area");
        } else {
            audit.record(
                    STAFF, "pin-change-failed", "The new PIN could not be saved in kiosk.yml; the old PIN still works");
        }
    }

    @EventListener
    void on(PronunciationsSaved saved) {
        audit.record(STAFF, "pronunciations", saved.changes());
    }

    /** The audit trail's own retention runs with the visits': it deletes only its own lines. */
    @EventListener
    void on(RetentionRan ran) {
        int auditLines = audit.deleteOlderThan(staff.auditRetentionDays());
        audit.record(
                "kiosk",
                "retention",
                "Visits before " + ran.cutoff() + " (" + ran.retentionDays() + " days): " + ran.visits()
                        + " visits anonymised, " + ran.visitors() + " visitors deleted; " + auditLines
                        + " audit lines older than " + staff.auditRetentionDays() + " days deleted");
    }

    @EventListener
    void on(VisitorErased erased) {
        audit.record(
                erased.actor(),
                "erasure",
                "Erased visitor #" + erased.visitorId() + " on request: " + erased.visits() + " visits anonymised, "
                        + erased.visitors() + " visitor record deleted");
    }

    @EventListener
    void on(ExportMade made) {
        if (made.savedOn() == null) {
            audit.record(made.actor(), "export", "Exported " + made.what() + ": " + made.rows() + " rows");
        } else {
            audit.record(
                    made.actor(),
                    "export-usb",
                    "Saved " + made.what() + ": " + made.rows() + " rows on " + made.savedOn() + " as "
                            + made.fileName());
        }
    }

    @EventListener
    void on(ExportNotMade failed) {
        if (failed.savedOn() == null) {
            audit.record(failed.actor(), "export-stopped", "Export of " + failed.what() + " stopped before the end");
        } else {
            audit.record(
                    failed.actor(),
                    "export-usb-failed",
                    "Saving " + failed.what() + " on " + failed.savedOn() + " did not work: " + failed.problem());
        }
    }

    @EventListener
    void on(StickTakenOut out) {
        if (out.done()) {
            audit.record(out.actor(), "usb-unmount", "USB stick \"" + out.label() + "\" unmounted, ready to take out");
        } else {
            audit.record(
                    out.actor(),
                    "usb-unmount-failed",
                    "USB stick \"" + out.label() + "\" could not be unmounted: " + out.systemSaid());
        }
    }

    @EventListener
    void on(BackupMade made) {
        if (made.failure() == null) {
            audit.record(
                    made.actor(),
                    "backup",
                    "Backup " + made.fileName() + " (" + made.kilobytes() + " KB); " + made.removed()
                            + " old backups removed");
        } else {
            audit.record(made.actor(), "backup-failed", "Backup failed: " + made.failure());
        }
    }

    @EventListener
    void on(BackupRefused refused) {
        audit.record(
                refused.actor(),
                "restore-refused",
                "Backup " + refused.fileName() + " is damaged or not a kiosk backup; nothing was changed");
    }

    @EventListener
    void on(BackupRestored restored) {
        audit.record(
                restored.actor(),
                "restore",
                "Put back the backup of " + restored.when() + " (" + restored.fileName()
                        + "); audit lines since then carried over; the database it replaced is kept in "
                        + restored.keptIn());
    }

    /** In the meeting change's own transaction: a refused change leaves no line, as before. */
    @EventListener
    void on(MeetingChanged changed) {
        audit.recordWithChange(changed.actor(), "meeting." + changed.change(), changed.detail());
    }

    @EventListener
    void on(VenueSettingsSaved saved) {
        audit.record(STAFF, "settings", "Saved kiosk.yml: " + saved.changes());
    }

    @EventListener
    void on(GroupsSaved saved) {
        audit.record(STAFF, "groups-save", saved.detail());
    }

    @EventListener
    void on(QuestionSetsSaved saved) {
        audit.record(STAFF, "questions-save", saved.detail());
    }

    @EventListener
    void on(NewsSaved saved) {
        audit.record(STAFF, saved.action(), saved.detail());
    }
}
