package org.dropinkiosk.exports;

import java.util.List;
import org.dropinkiosk.exports.RemovableDrives.Drive;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** "Take the stick out safely": unmounts it where the system lets the kiosk, and says what happened. */
@Service
public class SafeRemoval {

    /** How taking the stick out went. */
    public enum Result {
        UNMOUNTED,
        NOTHING_TO_UNMOUNT,
        NOT_ALLOWED
    }

    /** What happened, with the system's own words when it refused. */
    public record Outcome(Result result, String systemSaid) {}

    private final ApplicationEventPublisher events;

    public SafeRemoval(ApplicationEventPublisher events) {
        this.events = events;
    }

    public Outcome takeOut(Drive drive, String actor) {
        if (!drive.mountPoint()) {
            return new Outcome(Result.NOTHING_TO_UNMOUNT, "");
        }
        // udisksctl lets the desktop user unmount what udisks mounted; umount is for a kiosk running as root.
        SystemTool.Result done = drive.device() == null
                ? null
                : SystemTool.run(List.of("udisksctl", "unmount", "--no-user-interaction", "-b", drive.device()), 30);
        if (done == null || !done.ok()) {
            SystemTool.Result umount =
                    SystemTool.run(List.of("umount", drive.folder().toString()), 30);
            done = umount.ok() || done == null
                    ? umount
                    : new SystemTool.Result(umount.exitCode(), done.output() + "; " + umount.output());
        }
        if (done.ok()) {
            events.publishEvent(new StickTakenOut(actor, drive.label(), true, ""));
            return new Outcome(Result.UNMOUNTED, "");
        }
        String said = done.output().length() > 200 ? done.output().substring(0, 200) : done.output();
        events.publishEvent(new StickTakenOut(actor, drive.label(), false, said));
        return new Outcome(Result.NOT_ALLOWED, said);
    }
}
