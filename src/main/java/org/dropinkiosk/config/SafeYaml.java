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

    /**
     * A file that would be unsafe to load: message {@link #key()} (a {@code config.unsafe.*} key) with {@link #args()}
     * says what, in the venue's language; the mark says where.
     */
    public static final class Mistake extends MarkedYAMLException {

        private static final long serialVersionUID = 1L;
        private final String key;
        private final Object[] args;

        Mistake(Mark mark, String key, Object... args) {
            super(null, null, key, mark, (String) null);
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
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
                    throw new Mistake(start.getStartMark(), "config.unsafe.too-deep", MAX_DEPTH);
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
                    throw new Mistake(alias.getStartMark(), "config.unsafe.loop", name);
                }
                Anchored target = anchors.get(name);
                if (target == null) {
                    continue; // an unknown shortcut: the loader itself says so, with its line
                }
                if (target.collection() && ++shortcuts > MAX_SHORTCUTS) {
                    throw new Mistake(alias.getStartMark(), "config.unsafe.too-many", MAX_SHORTCUTS);
                }
                copied += target.values();
                if (copied > MAX_COPIED_VALUES) {
                    throw new Mistake(alias.getStartMark(), "config.unsafe.too-much", MAX_COPIED_VALUES, name);
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
