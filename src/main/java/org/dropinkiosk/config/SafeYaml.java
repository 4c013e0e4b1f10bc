package org.dropinkiosk.config;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * The one set of YAML limits for every kiosk-config file (kiosk.yml and the lists read by
 * {@link ConfigYaml}), and a check that runs before anything is built from a file. It reads only
 * the parser's events, so it never copies a '*' shortcut out: an alias "billion laughs", a
 * shortcut that refers to the part it stands in, or nesting too deep is found in time and named by
 * its line, where Spring's own loader (no limit on aliases) would stall or overflow the stack.
 */
public final class SafeYaml {

    static final int MAX_SHORTCUTS = 50;
    static final int MAX_DEPTH = 50;
    static final int MAX_COPIED_VALUES = 10_000;
    static final int MAX_CODE_POINTS = 1_000_000;

    private static final String FIX = "Write that part out in full, without '&' and '*' shortcuts.";

    /** A file that would be unsafe to load; {@link #getProblem()} says what and {@link #fix()} what to do. */
    public static final class Mistake extends MarkedYAMLException {

        private static final long serialVersionUID = 1L;

        Mistake(String problem, Mark mark) {
            super(null, null, problem, mark, (String) null);
        }

        public String fix() {
            return FIX;
        }
    }

    private SafeYaml() {}

    /** SnakeYAML's own limits, the same for every file (a second line of defence behind {@link #check}). */
    public static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_SHORTCUTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return options;
    }

    private record Anchored(long values, boolean collection) {}

    private static final class Open {
        final String anchor;
        long values = 1;

        Open(String anchor) {
            this.anchor = anchor;
        }
    }

    /**
     * Reads the whole text as YAML events and throws a {@link Mistake} at the first unsafe place.
     * Syntax errors come out as SnakeYAML's own exceptions, as the real loader would give them.
     */
    public static void check(Reader text) {
        Deque<Open> open = new ArrayDeque<>();
        Map<String, Anchored> anchors = new HashMap<>();
        int shortcuts = 0;
        long copied = 0;
        for (Event event : new Yaml(options()).parse(text)) {
            if (event instanceof CollectionStartEvent start) {
                if (open.size() >= MAX_DEPTH) {
                    throw new Mistake(
                            "the file goes more than " + MAX_DEPTH + " levels deep; use fewer levels",
                            start.getStartMark());
                }
                open.push(new Open(start.getAnchor()));
            } else if (event instanceof CollectionEndEvent) {
                Open done = open.pop();
                if (done.anchor != null) {
                    anchors.put(done.anchor, new Anchored(done.values, true));
                }
                add(open, done.values);
            } else if (event instanceof ScalarEvent scalar) {
                if (scalar.getAnchor() != null) {
                    anchors.put(scalar.getAnchor(), new Anchored(1, false));
                }
                add(open, 1);
            } else if (event instanceof AliasEvent alias) {
                String name = alias.getAnchor();
                if (open.stream().anyMatch(o -> name.equals(o.anchor))) {
                    throw new Mistake(
                            "the shortcut '*" + name + "' refers to the part it stands in, so it never ends",
                            alias.getStartMark());
                }
                Anchored target = anchors.get(name);
                if (target == null) {
                    continue; // an unknown shortcut: the loader itself says so, with its line
                }
                if (target.collection() && ++shortcuts > MAX_SHORTCUTS) {
                    throw new Mistake(
                            "the file uses more than " + MAX_SHORTCUTS + " '*' shortcuts to lists",
                            alias.getStartMark());
                }
                copied += target.values();
                if (copied > MAX_COPIED_VALUES) {
                    throw new Mistake(
                            "the '*' shortcuts copy out more than " + MAX_COPIED_VALUES + " values by here (shortcut '*"
                                    + name + "')",
                            alias.getStartMark());
                }
                add(open, target.values());
            }
        }
    }

    private static void add(Deque<Open> open, long values) {
        Open parent = open.peek();
        if (parent != null) {
            parent.values += values;
        }
    }
}
