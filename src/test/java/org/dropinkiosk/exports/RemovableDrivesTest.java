package org.dropinkiosk.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dropinkiosk.exports.RemovableDrives.Drive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drive lookup on lsblk --json output recorded from real PCs (util-linux 2.38 and 2.34) and real mount tables. */
class RemovableDrivesTest {

    static final List<Path> SYSTEM = RemovableMediaSettings.SYSTEM_ROOTS;

    /** util-linux 2.38 (Debian 12): a laptop disk, a labelled FAT stick, an unlabelled exFAT stick (rm 0, hotplug 1),
     * an SD card with its lock switch on in a USB reader, an empty card reader. */
    static final String LSBLK_238 = """
            {
               "blockdevices": [
                  {"name":"sda", "label":null, "fstype":null, "rm":true, "hotplug":true, "ro":false, "size":15518924800, "mountpoints":[null],
                     "children": [
                        {"name":"sda1", "label":"KIOSKSTICK", "fstype":"vfat", "rm":true, "hotplug":true, "ro":false, "size":15517876224,
                         "mountpoints":["/media/kiosk/KIOSKSTICK"]}
                     ]
                  },
                  {"name":"sdb", "label":null, "fstype":null, "rm":false, "hotplug":true, "ro":false, "size":62914560000, "mountpoints":[null],
                     "children": [
                        {"name":"sdb1", "label":null, "fstype":"exfat", "rm":false, "hotplug":true, "ro":false, "size":62913511424,
                         "mountpoints":["/media/kiosk/3A5C-1F02"]}
                     ]
                  },
                  {"name":"sdd", "label":null, "fstype":null, "rm":true, "hotplug":true, "ro":true, "size":31914983424, "mountpoints":[null],
                     "children": [
                        {"name":"sdd1", "label":"LOCKED", "fstype":"vfat", "rm":true, "hotplug":true, "ro":true, "size":31913934848,
                         "mountpoints":["/media/kiosk/LOCKED"]}
                     ]
                  },
                  {"name":"nvme0n1", "label":null, "fstype":null, "rm":false, "hotplug":false, "ro":false, "size":512110190592, "mountpoints":[null],
                     "children": [
                        {"name":"nvme0n1p1", "label":null, "fstype":"vfat", "rm":false, "hotplug":false, "ro":false, "size":536870912, "mountpoints":["/boot/efi"]},
                        {"name":"nvme0n1p2", "label":null, "fstype":"ext4", "rm":false, "hotplug":false, "ro":false, "size":400000000000, "mountpoints":["/"]},
                        {"name":"nvme0n1p3", "label":"DATA", "fstype":"ext4", "rm":false, "hotplug":false, "ro":false, "size":111000000000, "mountpoints":["/mnt/data"]}
                     ]
                  },
                  {"name":"sdc", "label":null, "fstype":null, "rm":true, "hotplug":true, "ro":false, "size":0, "mountpoints":[null]}
               ]
            }
            """;

    /** util-linux 2.34 (Ubuntu 20.04): "0"/"1" flags, one "mountpoint", an unformatted stick, LUKS nested in a partition. */
    static final String LSBLK_234 = """
            {
               "blockdevices": [
                  {"name": "sdd", "label": null, "fstype": null, "rm": "1", "hotplug": "1", "ro": "0", "size": "8053063680", "mountpoint": null},
                  {"name": "sde", "label": null, "fstype": null, "rm": "1", "hotplug": "1", "ro": "0", "size": "32010928128", "mountpoint": null,
                     "children": [
                        {"name": "sde1", "label": null, "fstype": "crypto_LUKS", "rm": "1", "hotplug": "1", "ro": "0", "size": "32009879552", "mountpoint": null,
                           "children": [
                              {"name": "luks-9f2c", "label": "SAFE", "fstype": "ext4", "rm": "0", "hotplug": "0", "ro": "0", "size": "31993102336",
                               "mountpoint": "/run/media/staff/SAFE"}
                           ]
                        }
                     ]
                  },
                  {"name": "sda", "label": null, "fstype": null, "rm": "0", "hotplug": "0", "ro": "0", "size": "256060514304", "mountpoint": null,
                     "children": [
                        {"name": "sda1", "label": null, "fstype": "ext4", "rm": "0", "hotplug": "0", "ro": "0", "size": "256059465728", "mountpoint": "/"}
                     ]
                  }
               ]
            }
            """;

    @Test
    void labelled_unlabelled_and_locked_sticks_are_offered_and_the_pcs_own_disk_is_not() {
        var found = RemovableDrives.lookup(SYSTEM, BlockDevice.parse(LSBLK_238), new MountTable(List.of()));

        assertThat(found.drives())
                .containsExactly(
                        new Drive("3A5C-1F02", Path.of("/media/kiosk/3A5C-1F02"), "/dev/sdb1", "exfat", false, true),
                        new Drive("KIOSKSTICK", Path.of("/media/kiosk/KIOSKSTICK"), "/dev/sda1", "vfat", false, true),
                        new Drive("LOCKED", Path.of("/media/kiosk/LOCKED"), "/dev/sdd1", "vfat", true, true));
        assertThat(found.drives()).noneMatch(d -> d.folder().equals(Path.of("/mnt/data")));
        assertThat(found.unusable()).as("an empty card reader is not a stick").isEmpty();
    }

    @Test
    void old_lsblk_flags_nested_partitions_and_a_stick_with_no_file_system() {
        var found = RemovableDrives.lookup(SYSTEM, BlockDevice.parse(LSBLK_234), new MountTable(List.of()));

        assertThat(found.drives())
                .containsExactly(
                        new Drive("SAFE", Path.of("/run/media/staff/SAFE"), "/dev/luks-9f2c", "ext4", false, true));
        assertThat(found.unusable()).containsExactly("sdd");
    }

    @Test
    void without_lsblk_the_mount_table_finds_sticks_below_the_roots_and_reads_escaped_names_and_read_only() {
        var mounts = MountTable.parse(List.of(
                "29 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro",
                "612 29 8:1 / /media/kiosk/MY\\040STICK rw,nosuid,nodev,relatime shared:330 - vfat /dev/sda1 rw,fmask=0022",
                "640 29 8:17 / /media/kiosk/OLD ro,nosuid,nodev,relatime shared:340 - iso9660 /dev/sr0 ro",
                "25 29 0:23 / /run rw,nosuid,nodev shared:5 - tmpfs tmpfs rw,size=1617068k"));

        var found = RemovableDrives.lookup(SYSTEM, List.of(), mounts);

        assertThat(found.drives())
                .containsExactly(
                        new Drive("MY STICK", Path.of("/media/kiosk/MY STICK"), null, "vfat", false, true),
                        new Drive("OLD", Path.of("/media/kiosk/OLD"), null, "iso9660", true, true));
    }

    @Test
    void below_a_folder_that_is_not_a_system_mount_folder_each_sub_folder_is_a_stick(@TempDir Path root)
            throws Exception {
        Files.createDirectories(root.resolve("VISITSTICK"));
        Files.createDirectories(root.resolve("SPARE"));
        Files.writeString(root.resolve("not-a-folder.txt"), "x");

        var found = RemovableDrives.lookup(List.of(root), List.of(), new MountTable(List.of()));

        assertThat(found.drives()).extracting(Drive::label).containsExactly("SPARE", "VISITSTICK");
        assertThat(found.drives()).allMatch(d -> !d.mountPoint() && d.device() == null && !d.readOnly());
        assertThat(RemovableDrives.lookup(SYSTEM, List.of(), new MountTable(List.of()))
                        .drives())
                .as("plain folders under /media (such as /media/kiosk) are never taken for sticks")
                .isEmpty();
    }
}
