package org.dropinkiosk.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a kiosk-config YAML file that is a list of items (groups, questions, meetings, ...),
 * keeping the line of every item and field so that a mistake can be named exactly.
 */
public final class ConfigYaml {

    /** One item of the list: its fields as text (lists as {@code Item} children) and where it stands. */
    public record Item(int line, Map<String, String> fields, Map<String, Integer> lines, Map<String, List<Item>> lists) {

        public String get(String field) {
            return fields.get(field);
        }

        public int lineOf(String field) {
            return lines.getOrDefault(field, line);
        }
    }

    /** The items of the file, or the problem that stops it being read at all. */
    public record Result(List<Item> items, List<ConfigProblem> problems) {
    }

    private static final int MAX_BYTES = 1_000_000;

    private ConfigYaml() {
    }

    /**
     * @param file       the file to read
     * @param name       how staff know it, relative to kiosk-config (used in problems)
     * @param listField  the top-level key holding the list, such as {@code groups}
     */
    public static Result readList(Path file, String name, String listField) {
        List<ConfigProblem> problems = new ArrayList<>();
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Result(List.of(), List.of(new ConfigProblem(name, 0, "", "the file is larger than 1 MB; it was not read.")));
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SafeYaml.check(new StringReader(text));
            Node root = new Yaml(SafeYaml.options()).compose(new StringReader(text));
            if (root == null) {
                return new Result(List.of(), List.of());
            }
            Node list = root;
            if (root instanceof MappingNode map) {
                list = null;
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(listField)) {
                        list = t.getValueNode();
                    }
                }
                if (list == null) {
                    return new Result(List.of(), List.of(new ConfigProblem(name, 1, listField,
                            "the file needs a line '" + listField + ":' with the list under it.")));
                }
            }
            if (!(list instanceof SequenceNode seq)) {
                return new Result(List.of(), List.of(new ConfigProblem(name, line(list), listField,
                        "expected a list: each item starts with '- ' on its own line.")));
            }
            return new Result(items(seq, name, problems), problems);
        } catch (SafeYaml.Mistake e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            return new Result(List.of(), List.of(new ConfigProblem(name, line, "", e.getProblem() + ". " + e.fix())));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            String problem = e.getProblem() != null ? e.getProblem() : "the layout is broken";
            return new Result(List.of(), List.of(new ConfigProblem(name, line, "", problem + ". Check the spaces at the start of the line.")));
        } catch (java.nio.charset.CharacterCodingException e) {
            return new Result(List.of(), List.of(new ConfigProblem(name, 0, "",
                    "the file has characters that are not UTF-8 text. Save it as UTF-8 in your editor.")));
        } catch (IOException e) {
            return new Result(List.of(), List.of(new ConfigProblem(name, 0, "",
                    "the file could not be opened. Check that it is a plain text file the kiosk may read.")));
        } catch (RuntimeException | StackOverflowError e) {
            // Not a mistake at one place: a non-text character, too deep, or too many '&'/'*' references.
            // The sentence is for staff; the technical reason stays in the log.
            org.slf4j.LoggerFactory.getLogger(ConfigYaml.class).warn("{} could not be read: {}", name, e.toString());
            return new Result(List.of(), List.of(new ConfigProblem(name, 0, "",
                    "the file could not be read. Use plain text, one item under another, and no '&' or '*' shortcuts.")));
        }
    }

    private static List<Item> items(SequenceNode seq, String name, List<ConfigProblem> problems) {
        List<Item> items = new ArrayList<>();
        for (Node node : seq.getValue()) {
            if (!(node instanceof MappingNode map)) {
                problems.add(new ConfigProblem(name, line(node), "", "each item needs fields such as 'name: value'."));
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            Map<String, List<Item>> lists = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    problems.add(new ConfigProblem(name, line(t.getKeyNode()), "", "a field name must be plain words."));
                    continue;
                }
                lines.put(key.getValue(), line(t.getKeyNode()));
                Node value = t.getValueNode();
                if (value instanceof ScalarNode scalar) {
                    fields.put(key.getValue(), scalar.getValue());
                } else if (value instanceof SequenceNode inner) {
                    if (inner.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
                        fields.put(key.getValue(), String.join("\n", inner.getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList()));
                    } else {
                        lists.put(key.getValue(), items(inner, name, problems));
                    }
                } else {
                    problems.add(new ConfigProblem(name, line(value), key.getValue(), "expected a value or a list here."));
                }
            }
            items.add(new Item(line(map), fields, lines, lists));
        }
        return items;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
