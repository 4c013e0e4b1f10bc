package org.dropinkiosk.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What is wrong in kiosk-config right now, file by file. A file that is read again replaces its own
 * problems. A broken file never takes the kiosk down: its reader keeps the last good version and
 * reports here; staff see the list and the log says it too.
 */
@Component
public class ConfigProblems {

    private static final Logger log = LoggerFactory.getLogger(ConfigProblems.class);
    private final Map<String, List<ConfigProblem>> byFile = new ConcurrentHashMap<>();

    /** Replaces what is known about {@code file} (relative to kiosk-config); an empty list clears it. */
    public void report(String file, List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            byFile.remove(file);
            return;
        }
        byFile.put(file, List.copyOf(problems));
        problems.forEach(p -> log.warn("kiosk-config problem: {}", p.sentence()));
    }

    /** What is known about one file now, in line order (as {@link #all()} lists it). */
    public List<ConfigProblem> of(String file) {
        return byFile.getOrDefault(file, List.of()).stream()
                .sorted(Comparator.comparingInt(ConfigProblem::line))
                .toList();
    }

    public List<ConfigProblem> all() {
        List<ConfigProblem> all = new ArrayList<>();
        byFile.values().forEach(all::addAll);
        all.sort(Comparator.comparing(ConfigProblem::file).thenComparingInt(ConfigProblem::line));
        return all;
    }
}
