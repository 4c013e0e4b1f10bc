package org.dropinkiosk.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks a config record and its lists by the paths the file uses ({@code sets[0].if-bad[1]}). */
final class RecordTree {

    /** One part of a path: an index {@code [2]} or a name. */
    private static final Pattern PART = Pattern.compile("\\[(\\d+)]|([^.\\[]+)");

    private RecordTree() {}

    /**
     * A copy of {@code value} without the list items whose path is in {@code leftOut}; {@code kept} learns, for each
     * list (by its path in the file), where each kept item stood in the file, so a later mistake still finds its line.
     */
    static Object without(Object value, String path, Set<String> leftOut, Map<String, List<Integer>> kept) {
        if (value instanceof Record record) {
            RecordComponent[] parts = record.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = without(get(parts[i], record), join(path, kebab(parts[i].getName())), leftOut, kept);
            }
            return make(record.getClass(), parts, values);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String item = path + "[" + i + "]";
                if (!leftOut.contains(item)) {
                    items.add(without(list.get(i), item, leftOut, kept));
                    places.add(i);
                }
            }
            kept.put(path, places);
            return items;
        }
        return value;
    }

    /** The path in the file of {@code path}, which counts list items after some were left out. */
    static String inFile(String path, Map<String, List<Integer>> kept) {
        StringBuilder file = new StringBuilder();
        Matcher part = PART.matcher(path);
        while (part.find()) {
            if (part.group(1) != null) {
                int index = Integer.parseInt(part.group(1));
                List<Integer> places = kept.get(file.toString());
                file.append('[')
                        .append(places != null && index < places.size() ? places.get(index) : index)
                        .append(']');
            } else {
                file.append(file.isEmpty() ? "" : ".").append(part.group(2));
            }
        }
        return file.toString();
    }

    /** The record as plain maps and lists, named as the file names them, leaving out what is not set. */
    static Object toYaml(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent part : record.getClass().getRecordComponents()) {
                Object v = toYaml(get(part, record));
                if (v != null && !(v instanceof List<?> l && l.isEmpty()) && !(v instanceof String s && s.isEmpty())) {
                    map.put(kebab(part.getName()), v);
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RecordTree::toYaml).toList();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object get(RecordComponent part, Record record) {
        try {
            part.getAccessor().setAccessible(true);
            return part.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + part, e);
        }
    }

    private static Object make(Class<?> type, RecordComponent[] parts, Object[] values) {
        try {
            Constructor<?> make = type.getDeclaredConstructor(
                    Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
            make.setAccessible(true);
            return make.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + type, e);
        }
    }
}
