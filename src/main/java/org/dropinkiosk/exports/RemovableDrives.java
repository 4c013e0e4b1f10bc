package org.dropinkiosk.exports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The USB sticks mounted on the kiosk PC under {@code kiosk.removable-media-roots}, found with lsblk and the
 * mount table, never by guessing folder names (docs/decisions/806-usb-sticks-found-by-lsblk-and-the-mount-table.md).
 */
@Service
public class RemovableDrives {

    static final List<String> LSBLK =
            List.of("lsblk", "--json", "-b", "-o", "NAME,LABEL,FSTYPE,RM,HOTPLUG,RO,SIZE,MOUNTPOINTS");
    private static final int MAX_DRIVES = 20;
    private static final int MAX_FOLDERS = 50;
    private static final Logger log = LoggerFactory.getLogger(RemovableDrives.class);

    /**
     * A stick the kiosk can save on: its label, the folder it is mounted at, its /dev path when lsblk knows it,
     * its file system type when known (vfat, exfat, iso9660 ...).
     */
    public record Drive(
            String label, Path folder, String device, String fileSystem, boolean readOnly, boolean mountPoint) {}

    /** The sticks found, and the names of sticks that are in but have no file system the PC has opened. */
    public record Found(List<Drive> drives, List<String> unusable) {}

    private final List<Path> roots;

    public RemovableDrives(RemovableMediaSettings settings) {
        this.roots = settings.removableMediaRoots().stream()
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
    }

    /** Asks lsblk and reads the mount table now: sticks come and go. */
    public Found find() {
        List<BlockDevice> devices = List.of();
        SystemTool.Result lsblk = SystemTool.run(LSBLK, 5);
        if (lsblk.ok()) {
            try {
                devices = BlockDevice.parse(lsblk.output());
            } catch (RuntimeException e) {
                log.warn("lsblk printed something that is not its JSON; using the mount table only", e);
            }
        } else {
            log.info("lsblk did not answer ({}); using the mount table only", lsblk.output());
        }
        MountTable mounts = new MountTable(List.of());
        try {
            mounts = MountTable.parse(Files.readAllLines(MountTable.PROC));
        } catch (IOException e) {
            log.info("No mount table at {}: {}", MountTable.PROC, e.getMessage());
        }
        return lookup(roots, devices, mounts);
    }

    /**
     * Every mount point below a root is a stick unless lsblk knows it as a fixed disk; below a root that is not
     * one of the system's mount folders, each plain sub-folder is a stick too, named by the folder.
     */
    static Found lookup(List<Path> roots, List<BlockDevice> devices, MountTable mounts) {
        Set<Path> points = new LinkedHashSet<>();
        mounts.mounts().forEach(m -> points.add(m.point().normalize()));
        devices.forEach(d -> d.mountPoints().forEach(p -> points.add(p.normalize())));
        List<Drive> drives = new ArrayList<>();
        Set<Path> taken = new LinkedHashSet<>();
        for (Path point : points) {
            if (!below(roots, point)) {
                continue;
            }
            BlockDevice device = devices.stream()
                    .filter(d -> d.mountPoints().contains(point))
                    .findFirst()
                    .orElse(null);
            if (device != null && !device.removable()) {
                continue; // a fixed disk mounted under /mnt is the PC's own, not a stick
            }
            MountTable.Mount mount = mounts.at(point);
            boolean readOnly = (device != null && device.readOnly()) || (mount != null && mount.readOnly());
            String label = device != null && device.label() != null
                    ? device.label()
                    : point.getFileName().toString();
            String type = device != null && device.fileSystem() != null
                    ? device.fileSystem()
                    : mount == null ? null : mount.type();
            drives.add(new Drive(label, point, device == null ? null : device.devicePath(), type, readOnly, true));
            taken.add(point);
        }
        for (Path root : roots) {
            if (RemovableMediaSettings.SYSTEM_ROOTS.contains(root) || !Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> folders = Files.list(root)) {
                folders.filter(Files::isDirectory)
                        .limit(MAX_FOLDERS)
                        .map(Path::normalize)
                        .filter(f -> !taken.contains(f) && points.stream().noneMatch(p -> p.startsWith(f)))
                        .forEach(f -> drives.add(
                                new Drive(f.getFileName().toString(), f, null, null, !Files.isWritable(f), false)));
            } catch (IOException e) {
                log.info("Could not list {}: {}", root, e.getMessage());
            }
        }
        List<String> unusable = devices.stream()
                .filter(d -> d.removable()
                        && d.bytes() > 0
                        && !d.hasChildren()
                        && d.mountPoints().isEmpty())
                .map(d -> d.label() != null ? d.label() : d.name())
                .distinct()
                .limit(MAX_DRIVES)
                .toList();
        return new Found(
                drives.stream()
                        .sorted(Comparator.comparing(Drive::label, String.CASE_INSENSITIVE_ORDER))
                        .limit(MAX_DRIVES)
                        .toList(),
                unusable);
    }

    private static boolean below(List<Path> roots, Path point) {
        return roots.stream().anyMatch(root -> point.startsWith(root) && !point.equals(root));
    }
}
