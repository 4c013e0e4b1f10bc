package org.dropinkiosk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's figures beside their limits: printed and written to target/benchmarks/<name>.md. A figure
 * with a floor (at most so much) that misses it fails the benchmark once the table is written.
 */
final class BenchTable {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> missedFloors = new ArrayList<>();

    BenchTable(String title) {
        this.title = title;
    }

    void row(String what, double figure, String unit, double limit, String limitIs, String floor) {
        rows.add(new String[] {
            what,
            fmt(figure) + " " + unit,
            fmt(limit) + " " + unit,
            limitIs,
            limit > 0 ? fmt(figure / limit) + "x" : "-",
            floor
        });
    }

    /** For {@link #row(String, double, String, double, String, double)}: this figure has no floor. */
    static final double NO_FLOOR = Double.POSITIVE_INFINITY;

    /** A figure that must be at most {@code atMost} (its floor, in the same unit), or {@link #NO_FLOOR}. */
    void row(String what, double figure, String unit, double limit, String limitIs, double atMost) {
        String floor = atMost == NO_FLOOR
                ? "-"
                : "at most " + (atMost == Math.rint(atMost) ? String.valueOf((long) atMost) : fmt(atMost)) + " " + unit;
        row(what, figure, unit, limit, limitIs, floor);
        if (!(figure <= atMost)) {
            missedFloors.add(what + ": " + fmt(figure) + " " + unit + ", its floor is " + floor);
        }
    }

    void note(String note) {
        notes.add(note);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("## " + title + "\n\n");
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("| what | figure | limit | the limit is | ratio | floor |\n|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** Prints the table and writes it to target/benchmarks/<name>.md, then fails if a figure missed its floor. */
    void write(String name) throws IOException {
        String md = markdown();
        System.out.println("\n" + md);
        Path out = Path.of("target/benchmarks", name + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        if (!missedFloors.isEmpty()) {
            throw new AssertionError(
                    "Missed its floor (table in " + out + "):\n  " + String.join("\n  ", missedFloors));
        }
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(cpu);
        } catch (IOException e) {
            // keep "unknown CPU"
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", Java "
                + System.getProperty("java.version") + ", load average at the start " + fmt(load);
    }

    static List<String> list(String... items) {
        return Arrays.asList(items);
    }
}
