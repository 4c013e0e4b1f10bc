package org.dropinkiosk.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes the values of some settings directly under {@code kiosk:} in the text of kiosk.yml, line by line: every
 * other line (comments, the staff hashes, the order) stays as it was, and a comment at the end of a changed line
 * stays too (decision 1703). A setting the file does not have yet is added as the first line under {@code kiosk:}.
 */
final class KioskYmlLines {

    /** The first line of kiosk.yml once the staff area has written it. */
    static final String STAFF_WRITES = "# The staff area also writes this file (Settings): it changes only the values.";

    private static final Pattern KIOSK = Pattern.compile("kiosk\\s*:\\s*(#.*)?");
    /** Indent, name, colon; then a quoted or plain value; then an optional comment after a space. */
    private static final Pattern SETTING = Pattern.compile(
            "(?<start>(?<indent>[ ]+)(?<name>[a-z0-9-]+)[ ]*:[ ]*)(?<value>\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|.*?)(?<end>[ ]+#.*|[ ]*)");

    private KioskYmlLines() {}

    /** The text with each of {@code values} (name such as {@code idle-timeout} → YAML value as written) set. */
    static String set(String text, Map<String, String> values) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.isEmpty() || !lines.getFirst().equals(STAFF_WRITES)) {
            lines.addFirst(STAFF_WRITES);
        }
        int kiosk = kioskLine(lines);
        if (kiosk < 0) {
            lines.add("kiosk:");
            kiosk = lines.size() - 1;
        }
        String indent = childIndent(lines, kiosk);
        for (Map.Entry<String, String> value : values.entrySet()) {
            int at = find(lines, kiosk, indent, value.getKey());
            if (at < 0) {
                lines.add(kiosk + 1, indent + value.getKey() + ": " + value.getValue());
            } else {
                Matcher m = SETTING.matcher(lines.get(at));
                m.matches();
                lines.set(at, m.group("start") + value.getValue() + m.group("end"));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** A value as YAML writes it: a text in double quotes (so {@code no} and {@code 11:00} stay text). */
    static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> s.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return s.append('"').toString();
    }

    private static int kioskLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (KIOSK.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The indent of the settings under {@code kiosk:} as this file writes them (two spaces if it has none yet). */
    private static String childIndent(List<String> lines, int kiosk) {
        for (int i = kiosk + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = SETTING.matcher(line);
            return m.matches() ? m.group("indent") : "  ";
        }
        return "  ";
    }

    /** The line of setting {@code name} directly under {@code kiosk:}, or -1. */
    private static int find(List<String> lines, int kiosk, String indent, String name) {
        for (int i = kiosk + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!line.startsWith(" ")) {
                return -1; // the end of the kiosk: block
            }
            Matcher m = SETTING.matcher(line);
            if (m.matches()
                    && m.group("indent").equals(indent)
                    && m.group("name").equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
