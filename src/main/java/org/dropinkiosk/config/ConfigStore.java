package org.dropinkiosk.config;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path.Node;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dropinkiosk.config.KioskFiles.Snapshot;
import org.dropinkiosk.config.KioskFiles.Version;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The one way every YAML file of kiosk-config is read and written (decision 1701). A file is bound to its record
 * with Spring Boot's {@link Binder} (as kiosk.yml is) and checked with the record's Bean Validation rules; each
 * mistake names file, line and field in the venue's language and goes to {@link ConfigProblems}. A list item with
 * a mistake is left out; a file that cannot be used at all keeps its last good version; a missing file is empty.
 * The {@link ConfigWatcher} tells the store when a file changed; it reads it again and publishes {@link ConfigChanged}.
 */
@Component
public class ConfigStore {

    /** What a feature checks beyond one field (ids used twice, pictures that exist); it returns what is used. */
    @FunctionalInterface
    public interface Tidy<T> {
        T tidy(T read, Mistakes mistakes);
    }

    /** The first comment line of every file the staff area writes. */
    static final String STAFF_WRITES =
            "# The staff area also writes this file: it keeps the comments that stand above an entry.";

    /** The first line this store wrote before it kept comments further down; a save replaces it. */
    private static final String STAFF_WROTE = "# The staff area also writes this file";

    private static final long MOST_BYTES = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(ConfigStore.class);

    /** A registered file: its last good value, the version last read, and why that version is not used (or null). */
    private record Entry<T extends Record>(
            ConfigFile<T> file, Tidy<T> tidy, T value, Version version, ConfigProblem unusable) {}

    private final Path folder;
    private final ConfigProblems problems;
    private final MessageSource words;
    private final Locale locale;
    private final ApplicationEventPublisher events;
    private final Validator validator = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    private final Map<String, Entry<?>> entries = new ConcurrentHashMap<>();

    public ConfigStore(
            KioskSettings settings, ConfigProblems problems, MessageSource words, ApplicationEventPublisher events) {
        this.folder = settings.configDir();
        this.problems = problems;
        this.words = words;
        this.locale = settings.language();
        this.events = events;
    }

    /** Reads {@code file} now and from now on whenever it changes; {@code tidy} runs after the field rules. */
    public <T extends Record> T register(ConfigFile<T> file, Tidy<T> tidy) {
        entries.putIfAbsent(file.name(), new Entry<>(file, tidy, file.empty().get(), null, null));
        reload(file.name());
        return current(file);
    }

    /** What the file says now: its last good version, or empty. */
    @SuppressWarnings("unchecked")
    public <T extends Record> T current(ConfigFile<T> file) {
        Entry<?> entry = entries.get(file.name());
        return entry == null ? file.empty().get() : (T) entry.value();
    }

    /** The version of the file the current value was read from, to save against. */
    public Version version(ConfigFile<?> file) {
        Entry<?> entry = entries.get(file.name());
        return entry == null || entry.version() == null ? Version.MISSING : entry.version();
    }

    /**
     * Why the file as it is on disk is not used (the kiosk keeps its last good version), or empty. An editor saves
     * nothing over such a file, so a hand edit is not lost.
     */
    public Optional<ConfigProblem> unusable(ConfigFile<?> file) {
        Entry<?> entry = entries.get(file.name());
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.unusable());
    }

    public Path path(String file) {
        return folder.resolve(file);
    }

    /**
     * Writes {@code value} to the file through {@link KioskFiles} if nobody changed it since {@code expected}, keeping
     * the file's top comment block and the comments above each entry ({@link YamlComments}); then reads it back as
     * any change is read.
     */
    public <T extends Record> Version save(ConfigFile<T> file, T value, Version expected) throws IOException {
        Path path = path(file.name());
        String before = KioskFiles.read(path).text();
        String header = header(before);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(200);
        String yaml = YamlComments.keep(
                new Yaml(options).dump(YamlComments.inOrder(tree(value), keyOrders(before))), comments(before));
        Version saved = KioskFiles.write(path, header + yaml, expected);
        changed(file.name());
        return saved;
    }

    /** Called by the watcher: a file was added, saved or removed. */
    public void changed(String file) {
        if (!entries.containsKey(file) || reload(file)) {
            events.publishEvent(new ConfigChanged(file));
        }
    }

    /** Reads the file again; true if what it holds changed. */
    private synchronized boolean reload(String name) {
        return reload(entries.get(name));
    }

    private <T extends Record> boolean reload(Entry<T> entry) {
        ConfigFile<T> file = entry.file();
        Path path = path(file.name());
        Snapshot snapshot;
        try {
            snapshot = Files.size(path) > MOST_BYTES ? null : KioskFiles.read(path);
        } catch (IOException e) {
            snapshot = Files.exists(path) ? null : new Snapshot("", Version.MISSING);
            if (snapshot == null) {
                log.warn("{} could not be read: {}", file.name(), e.toString());
            }
        }
        if (snapshot != null && snapshot.version().equals(entry.version())) {
            return false;
        }
        OriginLines lines = new OriginLines();
        Mistakes mistakes = new Mistakes(file.name(), lines::line, words, locale);
        T value = snapshot == null ? null : read(file, snapshot.text(), lines, mistakes);
        if (snapshot == null) {
            mistakes.unusable(0, "config.mistake.unreadable");
        } else if (value != null && !snapshot.text().isBlank()) { // a missing or empty file is empty: nothing to tidy
            value = tidy(entry, value, mistakes);
        }
        problems.report(file.name(), mistakes.found());
        if (mistakes.fileUnusable() || value == null) {
            entries.put(
                    file.name(),
                    new Entry<>(
                            file,
                            entry.tidy(),
                            entry.value(),
                            snapshot == null ? entry.version() : snapshot.version(),
                            mistakes.found().isEmpty() ? null : mistakes.found().getFirst()));
            return false;
        }
        entries.put(file.name(), new Entry<>(file, entry.tidy(), value, snapshot.version(), null));
        return true;
    }

    private static <T extends Record> T tidy(Entry<T> entry, T value, Mistakes mistakes) {
        try {
            return entry.tidy().tidy(value, mistakes);
        } catch (RuntimeException e) {
            // A value no rule foresaw: the file is not used, and staff are told; the reason stays in the log.
            log.warn("{} could not be used: {}", entry.file().name(), e.toString());
            mistakes.unusable(0, "config.mistake.unreadable");
            return null;
        }
    }

    /** Binds and checks the text; a mistake is added for what is wrong, and null returned if nothing can be used. */
    <T extends Record> T read(ConfigFile<T> file, String written, OriginLines lines, Mistakes mistakes) {
        String text =
                written.startsWith("\uFEFF") ? written.substring(1) : written; // some Windows editors start with a BOM
        if (text.isBlank()) {
            return file.empty().get();
        }
        if (text.indexOf('\uFFFD') >= 0) {
            mistakes.unusable(0, "config.mistake.not-utf8");
            return null;
        }
        PropertySource<?> source;
        try {
            SafeYaml.check(new StringReader(text));
            source = YamlFields.read(file.name(), text);
        } catch (SafeYaml.Mistake e) {
            mistakes.unusable(line(e), "config.mistake.unsafe", mistakes.words(e.key(), e.args()));
            return null;
        } catch (MarkedYAMLException e) {
            mistakes.unusable(line(e), "config.mistake.layout");
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("{} could not be read: {}", file.name(), e.toString());
            mistakes.unusable(0, "config.mistake.unreadable");
            return null;
        }
        if (source == null) {
            return file.empty().get();
        }
        lines.source = source;
        if (!knownAtTop(file, source, mistakes)) {
            return null;
        }
        T bound = new Binder(ConfigurationPropertySources.from(source))
                .bind(ConfigurationPropertyName.EMPTY, Bindable.of(file.type()), new Collecting(mistakes))
                .orElseGet(file.empty());
        return check(bound, lines, mistakes);
    }

    /**
     * Names at the top of the file that the record does not have are mistakes (a misspelt {@code set:} would
     * otherwise read as no sets at all); a file with none of the record's names cannot be used.
     */
    private static boolean knownAtTop(ConfigFile<?> file, PropertySource<?> source, Mistakes mistakes) {
        List<String> known = Arrays.stream(file.type().getRecordComponents())
                .map(c -> RecordTree.kebab(c.getName()))
                .toList();
        Set<String> top = new LinkedHashSet<>();
        if (source.getSource() instanceof Map<?, ?> fields) {
            fields.keySet().forEach(key -> top.add(key.toString().split("[.\\[]", 2)[0]));
        }
        if (top.stream().noneMatch(known::contains)) {
            mistakes.unusable(1, "config.mistake.top", known.getFirst());
            return false;
        }
        top.stream()
                .filter(name -> !known.contains(name))
                .forEach(name -> mistakes.add(name, "config.mistake.unknown-field", name));
        return true;
    }

    /** Applies the record's rules; an item with a mistake is left out, advice is only said. */
    private <T extends Record> T check(T value, OriginLines lines, Mistakes mistakes) {
        Set<String> leftOut = new HashSet<>();
        for (ConstraintViolation<T> v : validator.validate(value)) {
            String path = path(v.getPropertyPath());
            ConstraintWords.Words allowed =
                    ConstraintWords.of(v.getConstraintDescriptor().getAnnotation());
            String sentence = mistakes.words(allowed.key(), allowed.args());
            Object wrong = v.getInvalidValue();
            boolean advice = v.getConstraintDescriptor().getPayload().contains(Advice.class);
            String item = path.contains("]") ? path.substring(0, path.lastIndexOf(']') + 1) : "";
            String consequence = advice ? "config.used" : item.isEmpty() ? "config.kept" : "config.left-out";
            if (wrong == null
                    || wrong instanceof String s && s.isBlank()
                    || !(wrong instanceof String || wrong instanceof Number)) {
                mistakes.add(path, "config.mistake.missing", new Object[] {sentence}, consequence);
            } else {
                mistakes.add(path, "config.mistake.wrong", new Object[] {wrong, sentence}, consequence);
            }
            if (!advice && item.isEmpty()) {
                mistakes.keepLastGood();
            } else if (!advice) {
                leftOut.add(item);
            }
        }
        @SuppressWarnings("unchecked")
        T kept = leftOut.isEmpty() ? value : (T) RecordTree.without(value, "", leftOut, lines.kept);
        return kept;
    }

    /** A path as the file writes it: {@code sets[0].questions[1].if-bad}. */
    private static String path(Iterable<Node> path) {
        StringBuilder s = new StringBuilder();
        for (Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                s.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                s.append(s.isEmpty() ? "" : ".").append(RecordTree.kebab(name));
            }
        }
        return s.toString();
    }

    private static int line(MarkedYAMLException e) {
        return e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
    }

    /** The comments above each entry of the file as it is; none if it cannot be read (it is written anew). */
    private static Map<String, List<String>> comments(String text) {
        try {
            SafeYaml.check(new StringReader(text));
            return YamlComments.above(text);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** What is written for {@code value}; an empty file still has its first name ({@code groups: []}) to be read back. */
    private static Object tree(Record value) {
        Object tree = RecordTree.toYaml(value);
        if (tree instanceof Map<?, ?> map && map.isEmpty()) {
            return Map.of(
                    RecordTree.kebab(value.getClass().getRecordComponents()[0].getName()), List.of());
        }
        return tree;
    }

    /** The order of the keys in the file as it is; none if it cannot be read. */
    private static Map<String, List<String>> keyOrders(String text) {
        try {
            SafeYaml.check(new StringReader(text));
            return YamlComments.keyOrders(text);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** The top comment block of a file, with the line saying the staff area writes it. */
    static String header(String text) {
        StringBuilder header = new StringBuilder(STAFF_WRITES).append('\n');
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            if (!line.equals(STAFF_WRITES) && !line.startsWith(STAFF_WROTE)) {
                header.append(line).append('\n');
            }
        }
        return header.toString();
    }

    /** What a value of {@code type} looks like, in words: {@code config.type.LocalDate} and so on. */
    static String typeWords(Mistakes mistakes, Class<?> type) {
        String key =
                "config.type." + ClassUtils.resolvePrimitiveIfNecessary(type).getSimpleName();
        String words = mistakes.words(key);
        return words.equals(key) ? mistakes.words("config.type.other") : words;
    }

    /** A value that cannot be converted (a word where a date belongs) is a mistake at its line; binding goes on. */
    private static final class Collecting implements BindHandler {
        private final Mistakes mistakes;

        Collecting(Mistakes mistakes) {
            this.mistakes = mistakes;
        }

        @Override
        public Object onFailure(
                ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error) {
            Object value = context.getConfigurationProperty() == null
                    ? ""
                    : context.getConfigurationProperty().getValue();
            mistakes.add(
                    name.toString(),
                    "config.mistake.cannot-read",
                    value,
                    typeWords(mistakes, target.getType().resolve(Object.class)));
            return null;
        }
    }

    /** The line of each field, from Spring's origin tracking; an item without the field gives the item's first line. */
    static final class OriginLines {
        private PropertySource<?> source;
        /** Where the items still in each list stood in the file, once some were left out. */
        private final Map<String, List<Integer>> kept = new HashMap<>();

        @SuppressWarnings("unchecked")
        int line(String path) {
            if (!(source instanceof OriginLookup<?>)) {
                return 0;
            }
            OriginLookup<String> lookup = (OriginLookup<String>) source;
            for (String p = RecordTree.inFile(path, kept); !p.isEmpty(); p = parent(p)) {
                int line = line(lookup.getOrigin(p));
                if (line > 0) {
                    return line;
                }
                int first = firstLineUnder(lookup, p);
                if (first > 0) {
                    return first;
                }
            }
            return 0;
        }

        private int firstLineUnder(OriginLookup<String> lookup, String prefix) {
            int first = 0;
            if (source.getSource() instanceof Map<?, ?> map) {
                for (Object key : map.keySet()) {
                    String k = key.toString();
                    if (k.startsWith(prefix + ".") || k.startsWith(prefix + "[")) {
                        int line = line(lookup.getOrigin(k));
                        first = first == 0 || line > 0 && line < first ? line : first;
                    }
                }
            }
            return first;
        }

        private static String parent(String path) {
            int dot = path.lastIndexOf('.');
            int bracket = path.lastIndexOf('[');
            return path.substring(0, Math.max(0, Math.max(dot, bracket)));
        }

        private static int line(Origin origin) {
            return origin instanceof TextResourceOrigin text && text.getLocation() != null
                    ? text.getLocation().getLine() + 1
                    : 0;
        }
    }
}
