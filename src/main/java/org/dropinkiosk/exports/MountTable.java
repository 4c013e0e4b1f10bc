package org.dropinkiosk.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The lines of {@code /proc/self/mountinfo}: where each file system is mounted, its type and source. */
record MountTable(List<Mount> mounts) {

    static final Path PROC = Path.of("/proc/self/mountinfo");
    private static final int MAX_MOUNTS = 4096;

    /** One mounted file system. */
    record Mount(Path point, String type, String source, boolean readOnly) {}

    static MountTable parse(List<String> lines) {
        List<Mount> mounts = new ArrayList<>();
        for (String line : lines) {
            if (mounts.size() >= MAX_MOUNTS) {
                break;
            }
            // 36 35 98:0 /root /mnt/point rw,noatime master:1 - vfat /dev/sdb1 rw,errors=remount-ro
            String[] halves = line.split(" - ", 2);
            String[] left = halves[0].split(" ");
            if (halves.length < 2 || left.length < 6) {
                continue;
            }
            String[] right = halves[1].split(" ");
            boolean ro = left[5].equals("ro")
                    || left[5].startsWith("ro,")
                    || (right.length > 2 && (right[2].equals("ro") || right[2].startsWith("ro,")));
            mounts.add(new Mount(Path.of(unescape(left[4])), right[0], right.length > 1 ? unescape(right[1]) : "", ro));
        }
        return new MountTable(List.copyOf(mounts));
    }

    /** mountinfo writes a space as \040, a tab as \011, a backslash as \134. */
    private static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\'
                    && i + 3 < field.length()
                    && field.substring(i + 1, i + 4).chars().allMatch(d -> d >= '0' && d <= '7')) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The mount whose point is exactly {@code folder}; the last one wins, as in the kernel. */
    Mount at(Path folder) {
        Mount found = null;
        for (Mount m : mounts) {
            if (m.point().equals(folder)) {
                found = m;
            }
        }
        return found;
    }
}
