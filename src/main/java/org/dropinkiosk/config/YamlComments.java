package org.dropinkiosk.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The comment lines that stand directly above an entry of a YAML file (a key, or a list item), found by the entry's
 * place in the file so they can be put back above the same entry when the file is written again from its record
 * (decision 1703). A list item is known by its id, word or name where it has one, so a comment follows its item
 * when items are added, removed or moved; otherwise by its position. The top comment block is the header's.
 */
final class YamlComments {

    /** The place of the comment lines that close the file, after its last entry. */
    private static final String END = "$end";

    /** The fields that name a list item, in the order they are tried. */
    private static final List<String> NAMES = List.of("id", "word", "name", "title", "text");

    private YamlComments() {}

    /** Each entry's place (such as {@code /sets[young-voices]/questions[2]}) and the comment lines above it. */
    static Map<String, List<String>> above(String text) {
        List<String> lines = text.lines().toList();
        int header = 0;
        while (header < lines.size() && lines.get(header).startsWith("#")) {
            header++;
        }
        Map<String, List<String>> comments = new HashMap<>();
        List<String> end = new ArrayList<>();
        for (int i = lines.size() - 1;
                i >= header && (lines.get(i).isBlank() || lines.get(i).strip().startsWith("#"));
                i--) {
            if (!lines.get(i).isBlank()) {
                end.addFirst(lines.get(i));
            }
        }
        if (!end.isEmpty()) {
            comments.put(END, end);
        }
        for (Map.Entry<Integer, String> entry : places(text).entrySet()) {
            List<String> block = new ArrayList<>();
            for (int i = entry.getKey() - 1; i >= header && lines.get(i).strip().startsWith("#"); i--) {
                block.addFirst(lines.get(i).strip());
            }
            if (!block.isEmpty()) {
                comments.putIfAbsent(entry.getValue(), block);
            }
        }
        return comments;
    }

    /** {@code text} with each comment of {@code comments} put back above the entry at the same place. */
    static String keep(String text, Map<String, List<String>> comments) {
        if (comments.isEmpty()) {
            return text;
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        Set<String> used = new HashSet<>();
        // from the bottom up, so the lines above keep their numbers
        for (Map.Entry<Integer, String> entry : places(text).descendingMap().entrySet()) {
            List<String> block = comments.get(entry.getValue());
            if (block == null || !used.add(entry.getValue())) {
                continue;
            }
            String line = lines.get(entry.getKey());
            String indent =
                    line.substring(0, line.length() - line.stripLeading().length());
            lines.addAll(entry.getKey(), block.stream().map(c -> indent + c).toList());
        }
        lines.addAll(comments.getOrDefault(END, List.of()));
        return String.join("\n", lines) + "\n";
    }

    /** The line (from 0) where each entry starts, and its place; the outermost entry of a line wins. */
    private static TreeMap<Integer, String> places(String text) {
        TreeMap<Integer, String> places = new TreeMap<>();
        Node root = new Yaml(SafeYaml.options()).compose(new StringReader(text));
        if (root != null) {
            walk(root, "", places);
        }
        return places;
    }

    private static void walk(Node node, String place, TreeMap<Integer, String> places) {
        switch (node) {
            case MappingNode map -> {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key) {
                        String inner = place + "/" + key.getValue();
                        places.putIfAbsent(key.getStartMark().getLine(), inner);
                        walk(t.getValueNode(), inner, places);
                    }
                }
            }
            case SequenceNode list -> {
                for (int i = 0; i < list.getValue().size(); i++) {
                    Node item = list.getValue().get(i);
                    String inner = place + "[" + name(item, i) + "]";
                    places.putIfAbsent(item.getStartMark().getLine(), inner);
                    walk(item, inner, places);
                }
            }
            default -> {
                // a plain value has no entries inside it
            }
        }
    }

    /** The order of the keys of each mapping in the file, by its place. */
    static Map<String, List<String>> keyOrders(String text) {
        Map<String, List<String>> orders = new HashMap<>();
        Node root = new Yaml(SafeYaml.options()).compose(new StringReader(text));
        if (root != null) {
            orders(root, "", orders);
        }
        return orders;
    }

    private static void orders(Node node, String place, Map<String, List<String>> orders) {
        if (node instanceof MappingNode map) {
            List<String> keys = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    keys.add(key.getValue());
                    orders(t.getValueNode(), place + "/" + key.getValue(), orders);
                }
            }
            orders.putIfAbsent(place, keys);
        } else if (node instanceof SequenceNode list) {
            for (int i = 0; i < list.getValue().size(); i++) {
                orders(
                        list.getValue().get(i),
                        place + "[" + name(list.getValue().get(i), i) + "]",
                        orders);
            }
        }
    }

    /**
     * The tree of a record as it will be written ({@link RecordTree#toYaml}) with each mapping's keys in the order
     * the file had them at the same place; a key the file did not have follows, in the record's order.
     */
    static Object inOrder(Object tree, Map<String, List<String>> orders) {
        return inOrder(tree, "", orders);
    }

    private static Object inOrder(Object tree, String place, Map<String, List<String>> orders) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            for (String key : orders.getOrDefault(place, List.of())) {
                if (map.containsKey(key)) {
                    ordered.put(key, inOrder(map.get(key), place + "/" + key, orders));
                }
            }
            map.forEach((key, value) ->
                    ordered.computeIfAbsent(key.toString(), k -> inOrder(value, place + "/" + k, orders)));
            return ordered;
        }
        if (tree instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(inOrder(list.get(i), place + "[" + name(list.get(i), i) + "]", orders));
            }
            return items;
        }
        return tree;
    }

    /** The same name {@link #name(Node, int)} gives the item in the file. */
    private static String name(Object item, int index) {
        if (item instanceof Map<?, ?> map) {
            for (String field : NAMES) {
                Object value = map.get(field);
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    return field + "=" + value;
                }
            }
            return "#" + index;
        }
        return item instanceof List<?> || item == null ? "#" + index : "=" + item;
    }

    private static String name(Node item, int index) {
        if (item instanceof ScalarNode scalar) {
            return "=" + scalar.getValue();
        }
        if (item instanceof MappingNode map) {
            for (String field : NAMES) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key
                            && key.getValue().equals(field)
                            && t.getValueNode() instanceof ScalarNode value) {
                        return field + "=" + value.getValue();
                    }
                }
            }
        }
        return "#" + index;
    }
}
