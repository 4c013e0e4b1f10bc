package org.dropinkiosk.exports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One disk or partition as {@code lsblk --json -b -o NAME,LABEL,FSTYPE,RM,HOTPLUG,RO,SIZE,MOUNTPOINTS} lists it.
 * A partition counts as removable when its disk is: older lsblk marks only the disk.
 */
record BlockDevice(
        String name,
        String label,
        String fileSystem,
        boolean removable,
        boolean readOnly,
        long bytes,
        List<Path> mountPoints,
        boolean hasChildren) {

    /** How deep partitions nest in lsblk's tree before we stop reading (a disk, its partitions, a mapper). */
    private static final int MAX_DEPTH = 4;

    private static final int MAX_DEVICES = 256;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every device in lsblk's JSON, children after their parent. */
    static List<BlockDevice> parse(String json) {
        List<BlockDevice> all = new ArrayList<>();
        JsonNode devices = JSON.readTree(json).path("blockdevices");
        for (JsonNode device : devices) {
            add(device, false, false, 0, all);
        }
        return all;
    }

    private static void add(
            JsonNode node, boolean parentRemovable, boolean parentReadOnly, int depth, List<BlockDevice> all) {
        if (depth > MAX_DEPTH || all.size() >= MAX_DEVICES) {
            return;
        }
        boolean removable = parentRemovable || flag(node.path("rm")) || flag(node.path("hotplug"));
        boolean readOnly = parentReadOnly || flag(node.path("ro"));
        List<Path> mounts = new ArrayList<>();
        for (JsonNode m : node.path("mountpoints")) {
            if (m.isString() && !m.asString().isBlank()) {
                mounts.add(Path.of(m.asString()));
            }
        }
        JsonNode single = node.path("mountpoint");
        if (single.isString() && !single.asString().isBlank()) {
            mounts.add(Path.of(single.asString()));
        }
        JsonNode children = node.path("children");
        all.add(new BlockDevice(
                text(node.path("name")),
                text(node.path("label")),
                text(node.path("fstype")),
                removable,
                readOnly,
                node.path("size").asLong(0),
                List.copyOf(mounts),
                !children.isEmpty()));
        for (JsonNode child : children) {
            add(child, removable, readOnly, depth + 1, all);
        }
    }

    /** lsblk 2.37+ writes true/false; older versions write "1"/"0". */
    private static boolean flag(JsonNode value) {
        return value.isBoolean() ? value.asBoolean() : "1".equals(value.asString(""));
    }

    private static String text(JsonNode value) {
        return value.isString() && !value.asString().isBlank()
                ? value.asString().strip()
                : null;
    }

    String devicePath() {
        return "/dev/" + name;
    }
}
