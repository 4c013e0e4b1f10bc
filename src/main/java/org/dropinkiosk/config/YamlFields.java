package org.dropinkiosk.config;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.origin.OriginTrackedValue;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin.Location;
import org.springframework.core.io.ByteArrayResource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A kiosk-config YAML file as Spring's flat properties ({@code sets[0].questions[1].text}), each value the text as
 * written, with its line. Unlike Spring's own YAML loader it keeps {@code 11:00}, {@code no} and {@code 0123} as
 * the words staff wrote (YAML 1.1 would turn them into 660, false and 83); the binder converts them as each field needs.
 */
final class YamlFields {

    private YamlFields() {}

    /** The fields of {@code text}; SafeYaml.check must have passed first. Null for an empty file. */
    static OriginTrackedMapPropertySource read(String name, String text) {
        Node root = new Yaml(SafeYaml.options()).compose(new StringReader(text));
        if (root == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        flatten(new ByteArrayResource(new byte[0], name), "", root, fields);
        return new OriginTrackedMapPropertySource(name, fields, true);
    }

    private static void flatten(ByteArrayResource file, String path, Node node, Map<String, Object> fields) {
        switch (node) {
            case ScalarNode scalar -> fields.put(path, OriginTrackedValue.of(scalar.getValue(), origin(file, node)));
            case SequenceNode list -> {
                for (int i = 0; i < list.getValue().size(); i++) {
                    flatten(file, path + "[" + i + "]", list.getValue().get(i), fields);
                }
                if (list.getValue().isEmpty()) {
                    fields.put(path, OriginTrackedValue.of("", origin(file, node)));
                }
            }
            case MappingNode map -> {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode key) {
                        String field = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                        flatten(file, field, t.getValueNode(), fields);
                    }
                }
            }
            default -> {
                // An anchor or another node kind: SafeYaml has already refused what is unsafe.
            }
        }
    }

    private static TextResourceOrigin origin(ByteArrayResource file, Node node) {
        return new TextResourceOrigin(
                file,
                new Location(node.getStartMark().getLine(), node.getStartMark().getColumn()));
    }
}
