package org.dropinkiosk.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.PageTitle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;

/**
 * The message bundles and the code agree: every key the code uses is in every language file, and every key in a
 * bundle is used, so no visitor ever sees a key instead of a word and no word is kept that nothing shows. The
 * keys the code uses are read from the compiled classes' string constants (no grepping of Java, so code never
 * has to dodge the check): a constant that looks like a key ({@code visits.yes}) is a key, and a constant that
 * ends in a dot ({@code visits.symbol.}, a key built from a prefix and a name) uses every key under it.
 */
class MessagesCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path CLASSES = Path.of("target/classes/org/dropinkiosk");
    private static final Pattern KEY = Pattern.compile(
            "(kiosk|config|speech|content|visits|meetings|ratings|staff|audit|exports|backups|settings)\\.[a-z0-9-]+(\\.[a-z0-9-]+)*\\.?");

    /** Names in the code that look like message keys but are settings or files; nothing is shown by them. */
    private static final Set<String> NOT_KEYS = Set.of(
            "kiosk.access",
            "kiosk.config-dir",
            "kiosk.data-dir",
            "kiosk.data-path",
            "kiosk.language",
            "kiosk.mv.db",
            "kiosk.ratings",
            "kiosk.yml",
            "meetings.yml",
            "speech.cache-max-size",
            "speech.max-words");

    /** Each bundle's default (English) file, by its name without ".properties", and its keys. */
    private static final Map<String, Set<String>> DEFAULTS = new TreeMap<>();
    /** Every other language file (visits_cy and so on) and its keys. */
    private static final Map<String, Set<String>> LANGUAGES = new TreeMap<>();

    private static final Set<String> USED = new TreeSet<>();

    @BeforeAll
    static void readBundlesAndClasses() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                (name.contains("_") ? LANGUAGES : DEFAULTS).put(name, keys(file));
            }
        }
        try (Stream<Path> classes = Files.walk(CLASSES)) {
            for (Path file :
                    classes.filter(f -> f.toString().endsWith(".class")).toList()) {
                new ClassReader(Files.readAllBytes(file)).accept(new KeyCollector(), ClassReader.SKIP_DEBUG);
            }
        }
        assertThat(DEFAULTS).as("message bundles in " + BUNDLES).isNotEmpty();
        assertThat(USED).as("message keys in " + CLASSES + " (compile first)").isNotEmpty();
    }

    @Test
    void every_key_the_code_uses_is_in_the_bundles() {
        Set<String> defined = DEFAULTS.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String used : USED) {
            boolean found =
                    used.endsWith(".") ? defined.stream().anyMatch(k -> k.startsWith(used)) : defined.contains(used);
            if (!found && !NOT_KEYS.contains(used)) {
                missing.add(used);
            }
        }
        assertThat(missing)
                .as("keys used in the code but in no messages/*.properties (a setting's name? add it to NOT_KEYS)")
                .isEmpty();
    }

    @Test
    void every_key_in_the_bundles_is_used() {
        Set<String> unused = new TreeSet<>();
        DEFAULTS.values().forEach(keys -> keys.stream().filter(k -> !used(k)).forEach(unused::add));
        assertThat(unused).as("keys in messages/*.properties that no code uses").isEmpty();
    }

    @Test
    void every_language_file_has_the_keys_of_its_english_file() {
        LANGUAGES.forEach((name, keys) -> {
            Set<String> english = DEFAULTS.get(name.substring(0, name.indexOf('_')));
            assertThat(english).as(name + ".properties has no English file").isNotNull();
            assertThat(keys)
                    .as(name + ".properties against its English file")
                    .containsExactlyInAnyOrderElementsOf(english);
        });
    }

    @Test
    void each_bundle_holds_only_its_own_features_keys() {
        DEFAULTS.forEach(
                (name, keys) -> assertThat(keys).as(name + ".properties").allMatch(k -> k.startsWith(name + ".")));
    }

    @Test
    void no_screen_has_its_title_written_in_the_code() {
        noClasses()
                .should()
                .beAnnotatedWith(PageTitle.class)
                .because("visitors and staff see page titles: a screen implements HasDynamicTitle with a message key")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.dropinkiosk"));
    }

    private static boolean used(String key) {
        return USED.contains(key) || USED.stream().anyMatch(prefix -> prefix.endsWith(".") && key.startsWith(prefix));
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** Adds a constant that looks like a key (or a prefix of two or more parts, ending in a dot) to USED. */
    private static void collect(Object constant) {
        if (constant instanceof String text) {
            // A string joined by javac (indy concat) keeps its constant parts between \1 placeholders.
            for (String part : text.split("[\u0001\u0002]")) {
                if (KEY.matcher(part).matches()
                        && !(part.endsWith(".")
                                && part.chars().filter(c -> c == '.').count() < 2)) {
                    USED.add(part);
                }
            }
        }
    }

    /** Reads a class's string constants: field values, ldc and the constant parts of joined strings. */
    private static final class KeyCollector extends ClassVisitor {

        KeyCollector() {
            super(SpringAsmInfo.ASM_VERSION);
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            collect(value);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {
                @Override
                public void visitLdcInsn(Object value) {
                    collect(value);
                }

                @Override
                public void visitInvokeDynamicInsn(
                        String name, String descriptor, Handle bootstrap, Object... arguments) {
                    for (Object argument : arguments) {
                        collect(argument);
                    }
                }
            };
        }
    }
}
