package org.dropinkiosk.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.content.ContentFile;
import org.dropinkiosk.content.ContentLibrary;
import org.dropinkiosk.content.ContentParser;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.TestMessages;
import org.dropinkiosk.ratings.QuestionCatalog;
import org.dropinkiosk.visits.GroupsFile;
import org.dropinkiosk.visits.InvalidName;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.dropinkiosk.visits.VisitorGroups;
import org.dropinkiosk.visits.VisitorName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names and kiosk-config files from a fixed list of hostile vectors and a seeded random generator.
 * Every reader either accepts a file or reports a plain {@link ConfigProblem}, keeps its last good
 * version, never throws and never hangs; a refused name leaves no row, an accepted one comes back exactly.
 */
@SpringBootTest
class HostileInputTest {

    // Catches a hang, not slowness: a loaded machine may take seconds. Big files and alias bombs are
    // held to their refusal instead (a_file_over_1_mb_and_an_alias_bomb_are_refused_before_they_are_read).
    private static final Duration HANG = Duration.ofMinutes(2);
    private static Hostile hostile;

    @TempDir
    Path dir;

    @Autowired
    VisitService visits;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Messages messages;

    @BeforeAll
    static void seed() {
        hostile = Hostile.seeded("HostileInputTest");
    }

    private KioskSettings settings() {
        return new KioskSettings(
                "Drop-in",
                "fuzz",
                Locale.UK,
                ZoneId.of("Europe/London"),
                Duration.ofSeconds(60),
                140,
                365,
                "",
                dir,
                dir.resolve("data"));
    }

    private static <T> T inTime(String what, Supplier<T> run) {
        long start = System.nanoTime();
        T result = assertTimeoutPreemptively(HANG, run::get, () -> "hung on " + what + " (seed " + hostile.seed + ")");
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > 1000) {
            System.out.println("[fuzz] slow (" + millis + " ms): " + show(what));
        }
        return result;
    }

    private static void assertPlain(List<ConfigProblem> problems, String file, String input) {
        for (ConfigProblem p : problems) {
            if (file.endsWith("/")) {
                assertThat(p.file()).as("problem file for %s", show(input)).startsWith(file);
            } else {
                assertThat(p.file()).as("problem file for %s", show(input)).isEqualTo(file);
            }
            assertThat(p.line()).as("problem line").isGreaterThanOrEqualTo(0);
            assertThat(p.message()).as("problem sentence").isNotBlank();
            assertThat(Hostile.STACK_TRACE.matcher(p.sentence()).find())
                    .as("a technical name in the sentence shown to staff: %s", p.sentence())
                    .isFalse();
        }
    }

    static String show(String input) {
        String s = input.length() > 120 ? input.substring(0, 120) + "...(" + input.length() + " chars)" : input;
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF) || c > 0xFFFF) {
                out.append(String.format("\\u{%x}", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    // ---------- names ----------

    private List<String> names() {
        List<String> names = new ArrayList<>(Hostile.VECTORS);
        for (int i = 0; i < Hostile.count(300); i++) {
            names.add(hostile.any());
        }
        return names;
    }

    private long visitorRows() {
        return jdbc.sql("SELECT COUNT(*) FROM visitor").query(Long.class).single();
    }

    private long visitRows() {
        return jdbc.sql("SELECT COUNT(*) FROM visit").query(Long.class).single();
    }

    @Test
    void a_refused_name_leaves_no_row_and_an_accepted_name_comes_back_exactly() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
        int accepted = 0;
        for (String typed : names()) {
            VisitorName checked = inTime("name check", () -> VisitorName.check(typed));
            long visitorsBefore = visitorRows();
            long visitsBefore = visitRows();
            if (checked.ok()) {
                Visitor v = inTime(
                        "sign-in",
                        () -> visits.registerAndSignIn(new NewVisitor(typed, "sun", null, true, false, false)));
                assertThat(v.name()).as("kept name for %s", show(typed)).isEqualTo(checked.name());
                assertThat(visits.visitor(v.id()).orElseThrow().name())
                        .as("stored name for %s", show(typed))
                        .isEqualTo(checked.name());
                assertThat(checked.name())
                        .hasSizeBetween(1, VisitorName.MAX_LENGTH)
                        .doesNotContain("<", ">", "\u0000", "=", ";", "\n");
                assertThat(visitorRows()).isEqualTo(visitorsBefore + 1);
                assertThat(visitRows()).isEqualTo(visitsBefore + 1);
                accepted++;
            } else {
                assertThat(messages.get(checked.problemKey()))
                        .as("sentence for %s", checked.problemKey())
                        .isNotBlank();
                assertThatThrownBy(
                                () -> visits.registerAndSignIn(new NewVisitor(typed, "sun", null, true, false, false)))
                        .as("refused %s", show(typed))
                        .isInstanceOf(InvalidName.class);
                assertThat(visitorRows())
                        .as("no visitor row for refused %s", show(typed))
                        .isEqualTo(visitorsBefore);
                assertThat(visitRows())
                        .as("no visit row for refused %s", show(typed))
                        .isEqualTo(visitsBefore);
            }
        }
        assertThat(accepted).as("some names were fine").isGreaterThan(10);
    }

    @Test
    void a_visit_the_database_refuses_takes_its_new_visitor_row_with_it() {
        // A valid name and group: the visitor insert succeeds, and the visit insert after it is the one the
        // database refuses (a check added for this test only), so the roll-back of both is what is tested.
        jdbc.sql("ALTER TABLE visit ADD CONSTRAINT refused_by_this_test CHECK (group_id <> 'refused-group')")
                .update();
        try {
            long before = visitorRows();
            long visitsBefore = visitRows();
            assertThatThrownBy(() ->
                            visits.registerAndSignIn(new NewVisitor("Sam", "sun", "refused-group", true, false, false)))
                    .as("the visit insert is refused by the database")
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("INSERT INTO visit (");
            assertThat(visitorRows())
                    .as("the visitor row inserted before the refused visit")
                    .isEqualTo(before);
            assertThat(visitRows()).isEqualTo(visitsBefore);
            long half = jdbc.sql("SELECT COUNT(*) FROM visitor WHERE group_id = 'refused-group'")
                    .query(Long.class)
                    .single();
            assertThat(half).as("visitors kept without their visit").isZero();
        } finally {
            jdbc.sql("ALTER TABLE visit DROP CONSTRAINT refused_by_this_test").update();
        }
    }

    // ---------- list files (groups, questions, meetings) ----------

    private static String quoted(String value) {
        StringBuilder s = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                s.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.append('"').toString();
    }

    /** A file that looks right but has hostile values (sometimes quoted, sometimes raw). */
    private String hostileList(String listField, List<String> fields, String innerList, List<String> innerFields) {
        StringBuilder s = new StringBuilder(listField).append(":\n");
        int items = hostile.random.nextInt(4);
        for (int i = 0; i < items; i++) {
            String first = "  - ";
            for (String field : fields) {
                String value = hostile.any();
                s.append(first)
                        .append(field)
                        .append(": ")
                        .append(hostile.random.nextInt(3) == 0 ? value : quoted(value))
                        .append('\n');
                first = "    ";
            }
            if (innerList != null) {
                s.append("    ").append(innerList).append(":\n");
                for (int q = 0; q < 1 + hostile.random.nextInt(3); q++) {
                    String qfirst = "      - ";
                    for (String field : innerFields) {
                        s.append(qfirst)
                                .append(field)
                                .append(": ")
                                .append(quoted(hostile.any()))
                                .append('\n');
                        qfirst = "        ";
                    }
                }
            }
        }
        return s.toString();
    }

    /** Hostile bytes for a list file: YAML bombs, random bytes, a corrupted good file, hostile values. */
    private List<byte[]> hostileFiles(
            String good, String listField, List<String> fields, String innerList, List<String> innerFields) {
        List<byte[]> files = new ArrayList<>();
        Hostile.YAML_BOMBS.forEach(b -> files.add(b.getBytes(StandardCharsets.UTF_8)));
        files.add(new byte[0]);
        files.add(("\uFEFF" + good).getBytes(StandardCharsets.UTF_8));
        files.add(good.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        files.add(good.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        files.add(good.getBytes(StandardCharsets.UTF_16));
        files.add(new byte[] {(byte) 0xff, (byte) 0xfe, 'x', 0, (byte) 0xc3, '\n'});
        files.add((listField + ":\n  - \"\\xff\\ud800\"\n").getBytes(StandardCharsets.UTF_8));
        files.add((listField + ":\n" + ("  - " + fields.get(0) + ": x\n").repeat(3_000))
                .getBytes(StandardCharsets.UTF_8));
        files.add("x".repeat(1_100_000).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < Hostile.count(40); i++) {
            switch (i % 4) {
                case 0 -> files.add(hostile.bytes(2000));
                case 1 -> files.add(hostile.corrupt(good));
                default ->
                    files.add(hostileList(listField, fields, innerList, innerFields)
                            .getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private int version = 0;

    /** Writes the file with a new modified time, so a reader that watches the time sees a change. */
    private void write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L + 1000L * ++version));
    }

    private static String kioskConfig(String name) throws Exception {
        return Files.readString(Path.of("kiosk-config").resolve(name));
    }

    @Test
    void config_yaml_reads_or_reports_every_hostile_list_file() throws Exception {
        String good = kioskConfig("groups.yml");
        Path file = dir.resolve("groups.yml");
        for (byte[] bytes : hostileFiles(good, "groups", List.of("name", "id", "symbol"), null, null)) {
            write(file, bytes);
            String shown = show(new String(bytes, StandardCharsets.UTF_8));
            ConfigProblems problems = new ConfigProblems();
            GroupsFile result = inTime(
                    "ConfigStore " + shown,
                    () -> TestConfigStore.in(dir, problems).register(GroupsFile.FILE, (f, m) -> f));
            assertThat(result).isNotNull();
            assertPlain(problems.all(), "groups.yml", shown);
        }
    }

    @Test
    void a_file_over_1_mb_and_an_alias_bomb_are_refused_before_they_are_read() throws Exception {
        Path file = dir.resolve("groups.yml");
        write(file, ("groups:\n  - name: x\n" + "#".repeat(1_100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        ConfigProblems problems = new ConfigProblems();
        GroupsFile big = TestConfigStore.in(dir, problems).register(GroupsFile.FILE, (f, m) -> f);
        assertThat(big.groups()).as("items read from a file over 1 MB").isEmpty();
        assertThat(problems.all())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("less than 1 MB"));

        String laughs =
                "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ngroups: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n";
        write(file, laughs.getBytes(StandardCharsets.UTF_8));
        GroupsFile bomb = TestConfigStore.in(dir, problems).register(GroupsFile.FILE, (f, m) -> f);
        assertThat(bomb.groups()).as("items copied out by the alias bomb").isEmpty();
        assertThat(problems.all()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("'*' shortcuts");
            assertThat(p.line())
                    .as("the line where the shortcuts went over the limit")
                    .isBetween(2, 5);
        });

        write(file, "groups:\n  - &a [*a]\n".getBytes(StandardCharsets.UTF_8));
        TestConfigStore.in(dir, problems).register(GroupsFile.FILE, (f, m) -> f);
        assertThat(problems.all())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("never ends"));
    }

    @Test
    void visitor_groups_keep_the_last_good_list_when_groups_yml_is_hostile() throws Exception {
        String good = kioskConfig("groups.yml");
        Path file = dir.resolve("groups.yml");
        ConfigProblems problems = new ConfigProblems();
        write(file, good.getBytes(StandardCharsets.UTF_8));
        ConfigStore store = TestConfigStore.in(dir, problems);
        VisitorGroups groups = new VisitorGroups(store, new PictureResolver(settings()));
        var goodList = groups.groups();
        assertThat(goodList).isNotEmpty();
        for (byte[] bytes : hostileFiles(good, "groups", List.of("name", "id", "symbol"), null, null)) {
            write(file, good.getBytes(StandardCharsets.UTF_8));
            store.changed("groups.yml");
            assertThat(inTime("groups good", groups::groups)).isEqualTo(goodList);
            write(file, bytes);
            String shown = show(new String(bytes, StandardCharsets.UTF_8));
            var now = inTime("groups " + shown, () -> {
                store.changed("groups.yml");
                return groups.groups();
            });
            assertPlain(problems.all(), "groups.yml", shown);
            if (problems.all().stream()
                    .anyMatch(p -> p.message().endsWith("The kiosk keeps the last good version of the file."))) {
                assertThat(now)
                        .as("an unreadable file keeps the last good list: %s", shown)
                        .isEqualTo(goodList);
            }
            for (var g : now) {
                assertThat(g.name()).isNotBlank().hasSizeLessThanOrEqualTo(40);
                assertThat(g.id()).matches("[a-z0-9-]{1,40}");
            }
        }
    }

    @Test
    void the_question_catalog_keeps_its_questions_when_questions_yml_is_hostile() throws Exception {
        String good = kioskConfig("questions.yml");
        Path file = dir.resolve("questions.yml");
        ConfigProblems problems = new ConfigProblems();
        write(file, good.getBytes(StandardCharsets.UTF_8));
        List<QuestionCatalog> told = new ArrayList<>();
        ConfigStore store =
                TestConfigStore.in(dir, problems, event -> told.forEach(c -> c.onChanged((ConfigChanged) event)));
        QuestionCatalog catalog = new QuestionCatalog(store, new PictureResolver(settings()), event -> {}, messages);
        told.add(catalog);
        var goodSets = catalog.sets();
        assertThat(goodSets).isNotEmpty();
        for (byte[] bytes : hostileFiles(
                good,
                "sets",
                List.of("id", "title", "picture"),
                "questions",
                List.of("id", "text", "picture", "not-sure"))) {
            write(file, bytes);
            String shown = show(new String(bytes, StandardCharsets.UTF_8));
            inTime("questions " + shown, () -> {
                store.changed("questions.yml");
                return null;
            });
            assertPlain(problems.all(), "questions.yml", shown);
            if (!new String(bytes, StandardCharsets.UTF_8)
                    .replace("\uFEFF", "")
                    .isBlank()) { // an empty file is read as a missing one: no questions
                assertThat(catalog.sets()).as("questions after %s", shown).isNotEmpty();
            }
            inTime("phrases", catalog::phrases);
            write(file, good.getBytes(StandardCharsets.UTF_8));
            store.changed("questions.yml");
            assertThat(catalog.sets()).isEqualTo(goodSets);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void meeting_seeds_read_or_report_every_hostile_meetings_yml() throws Exception {
        String good = kioskConfig("meetings.yml");
        Path file = dir.resolve("meetings.yml");
        Method read =
                Class.forName("org.dropinkiosk.meetings.MeetingSeeds").getDeclaredMethod("read", ConfigStore.class);
        read.setAccessible(true);
        List<byte[]> files = hostileFiles(
                good, "meetings", List.of("title", "kind", "first", "start", "end", "repeat", "place"), null, null);
        files.add(
                "meetings:\n  - title: x\n    kind: other\n    first: 9999999-01-01\n    start: '25:61'\n    end: '99:99'\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.add(
                "meetings:\n  - title: x\n    kind: other\n    first: 2026-01-01\n    start: '10:00'\n    end: '11:00'\n    repeat: FREQ=SECONDLY;INTERVAL=1\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.add(
                "meetings:\n  - title: x\n    kind: other\n    first: 2026-01-01\n    start: '10:00'\n    end: '11:00'\n    repeat: FREQ=DAILY;COUNT=99999999999999999999\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.add(
                "meetings:\n  - title: x\n    kind: other\n    first: 2026-01-01\n    start: '10:00'\n    end: '11:00'\n    repeat: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'\n"
                        .getBytes(StandardCharsets.UTF_8));
        files.add(
                "meetings:\n  - title: x\n    kind: other\n    first: -999999999-01-01\n    start: '00:00'\n    end: '23:59'\n    repeat: weekly\n"
                        .getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : files) {
            write(file, bytes);
            String shown = show(new String(bytes, StandardCharsets.UTF_8));
            ConfigProblems found = new ConfigProblems();
            List<?> meetings = inTime("meetings " + shown, () -> {
                try {
                    return (List<Object>) read.invoke(null, TestConfigStore.in(dir, found));
                } catch (InvocationTargetException e) {
                    throw new AssertionError("meetings.yml reader threw for " + shown, e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(meetings).isNotNull();
            assertPlain(found.all(), "meetings.yml", shown);
        }
    }

    // ---------- kiosk.yml ----------

    private static List<FailureAnalyzer> analyzers() throws Exception {
        List<FailureAnalyzer> list = new ArrayList<>();
        for (String name : List.of("SettingsMistakeAnalyzer", "YamlMistakeAnalyzer")) {
            var constructor = Class.forName("org.dropinkiosk.config." + name).getDeclaredConstructor(Environment.class);
            constructor.setAccessible(true);
            list.add((FailureAnalyzer) constructor.newInstance(new StandardEnvironment()));
        }
        return list;
    }

    @Test
    void a_hostile_kiosk_yml_starts_or_fails_with_one_plain_sentence_naming_the_file() throws Exception {
        var analyzers = analyzers();
        List<String> files = new ArrayList<>();
        for (String field : List.of(
                "venue-name",
                "venue-id",
                "language",
                "time-zone",
                "idle-timeout",
                "speech-rate",
                "retention-days",
                "staff-pin-hash")) {
            List<String> values = new ArrayList<>(List.of(
                    "\"\"",
                    "\"\\u0000\"",
                    "\"<script>alert(1)</script>\"",
                    "\"" + "x".repeat(300) + "\"",
                    "99999999999999999999999",
                    "-1",
                    "1e400",
                    "[a, b]",
                    "{a: b}",
                    "\"=1+1\"",
                    "\"'; DROP TABLE visit;--\"",
                    "~",
                    "*nowhere"));
            Collections.shuffle(values, hostile.random);
            for (String value : values.subList(0, 3)) {
                files.add("kiosk:\n  " + field + ": " + value + "\n");
            }
        }
        // Every bomb, the alias "billion laughs" and the self-referencing alias included: config.SafeYaml
        // checks kiosk.yml before Spring's loader (no alias limit) reads it (YamlShortcutBombTest).
        files.addAll(Hostile.YAML_BOMBS);
        files.add("kiosk:\n  venue-name: &n Hill\n  venue-id: *n\n");
        files.add("a: &a [x,x,x]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n");
        files.add("kiosk: \"x\"\n");
        files.add("kiosk:\n  - a\n");
        files.add("\uFEFFkiosk:\r\n  venue-name: Hill\r\n");
        for (int i = 0; i < Hostile.count(5); i++) {
            files.add("kiosk:\n  venue-name: " + quoted(hostile.any()) + "\n  speech-rate: " + quoted(hostile.any())
                    + "\n");
        }
        Path yml = dir.resolve("kiosk.yml");
        int started = 0;
        for (String content : files) {
            Files.writeString(yml, content);
            String shown = show(content);
            Throwable failure = inTime("kiosk.yml " + shown, () -> {
                var app = new SpringApplication(SettingsOnly.class);
                app.setWebApplicationType(WebApplicationType.NONE);
                try (var context = app.run(
                        "--spring.config.import=file:" + yml,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=off",
                        "--spring.config.location=optional:classpath:/none/")) {
                    context.getBean(KioskSettings.class);
                    return null;
                } catch (Throwable e) {
                    return e;
                }
            });
            if (failure == null) {
                started++;
                continue;
            }
            String description = analyzers.stream()
                    .map(a -> a.analyze(failure))
                    .filter(Objects::nonNull)
                    .map(FailureAnalysis::getDescription)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no plain sentence for kiosk.yml " + shown, failure));
            assertThat(description).as("sentence for %s", shown).contains("kiosk.yml");
            assertThat(Hostile.STACK_TRACE.matcher(description).find())
                    .as("technical words in: %s", description)
                    .isFalse();
        }
        assertThat(started).as("some hostile values are fine to start with").isGreaterThan(0);
    }

    @Test
    void the_stack_trace_detector_finds_what_it_must() {
        assertThat(Hostile.STACK_TRACE
                        .matcher("java.lang.IllegalStateException: x\n\tat org.dropinkiosk.X.y(X.java:1)")
                        .find())
                .isTrue();
        assertThat(Hostile.STACK_TRACE.matcher("<h1>Whitelabel Error Page</h1>").find())
                .isTrue();
        assertThat(Hostile.STACK_TRACE
                        .matcher("org.yaml.snakeyaml.error.YAMLException: x")
                        .find())
                .isTrue();
        assertThat(Hostile.STACK_TRACE
                        .matcher("Could not navigate to 'x'. Please press Home.")
                        .find())
                .isFalse();
    }

    // ---------- content ----------

    @Test
    void the_content_parser_reads_or_reports_any_bytes() {
        List<byte[]> inputs = new ArrayList<>();
        String good = "---\ntitle: Our meeting\norder: 1\n---\n\n![People meeting](meet)\nWe talked.\n";
        Hostile.VECTORS.forEach(v -> inputs.add(v.getBytes(StandardCharsets.UTF_8)));
        Hostile.YAML_BOMBS.forEach(v -> inputs.add(("---\n" + v + "\n---\nHello.\n").getBytes(StandardCharsets.UTF_8)));
        inputs.add(("---\ntitle: x\norder: 99999999999999999999999\n---\nHi.\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(("---\ntitle: x\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(("![" + "[".repeat(50_000) + "](meet)\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(("# " + "#".repeat(100_000) + " x\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(("http://" + "a".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8));
        inputs.add(("We. ".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        inputs.add(new byte[ContentParser.MAX_BYTES + 1]);
        for (int i = 0; i < Hostile.count(150); i++) {
            inputs.add(
                    switch (i % 3) {
                        case 0 -> hostile.bytes(4000);
                        case 1 -> hostile.corrupt(good + hostile.text(30));
                        default ->
                            ("---\ntitle: " + hostile.any() + "\norder: " + hostile.any() + "\n---\n![" + hostile.any()
                                            + "](" + hostile.any() + ")\n" + hostile.text(40) + "\n")
                                    .getBytes(StandardCharsets.UTF_8);
                    });
        }
        for (byte[] bytes : inputs) {
            String shown = show(new String(bytes, StandardCharsets.UTF_8));
            ContentFile file = inTime(
                    "content " + shown, () -> ContentParser.parse("content/x.md", bytes, TestMessages.english()));
            assertThat(file).isNotNull();
            assertPlain(file.problems(), "content/x.md", shown);
        }
    }

    @Test
    void the_content_library_keeps_the_last_good_page_when_a_file_turns_hostile() throws Exception {
        Path content = dir.resolve("content");
        String good = "---\ntitle: Our meeting\norder: 1\n---\n\n![People meeting](meet)\nWe talked about news.\n";
        write(content.resolve("01-good.md"), good.getBytes(StandardCharsets.UTF_8));
        write(
                content.resolve("02-target.md"),
                good.replace("order: 1", "order: 2").getBytes(StandardCharsets.UTF_8));
        ConfigProblems problems = new ConfigProblems();
        ContentLibrary library = new ContentLibrary(
                settings(), problems, event -> {}, new PictureResolver(settings()), TestMessages.english());
        int goodPages = library.current().pages();
        assertThat(goodPages).isEqualTo(2);
        List<byte[]> inputs = new ArrayList<>();
        Hostile.YAML_BOMBS.forEach(v -> inputs.add(("---\n" + v + "\n---\nHello.\n").getBytes(StandardCharsets.UTF_8)));
        inputs.add(new byte[0]);
        inputs.add(new byte[] {(byte) 0xc3, (byte) 0x28});
        inputs.add(("\uFEFF" + good).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < Hostile.count(40); i++) {
            inputs.add(i % 2 == 0 ? hostile.corrupt(good + hostile.text(20)) : hostile.bytes(3000));
        }
        for (byte[] bytes : inputs) {
            String shown = show(new String(bytes, StandardCharsets.UTF_8));
            write(content.resolve("02-target.md"), bytes);
            Files.write(content.resolve("allowed-words.txt"), hostile.bytes(200));
            ContentLibrary.Snapshot snapshot = inTime("library " + shown, library::reload);
            assertPlain(problems.all(), "content/", shown);
            boolean broken = ContentParser.parse("content/02-target.md", bytes, TestMessages.english())
                    .isBroken();
            if (broken) {
                assertThat(snapshot.pages())
                        .as("the last good page stays for %s", shown)
                        .isEqualTo(goodPages);
                assertThat(problems.all()).extracting(ConfigProblem::file).contains("content/02-target.md");
            }
            assertThat(snapshot.screens()).isNotNull();
            inTime("phrases", library::phrases);
            write(
                    content.resolve("02-target.md"),
                    good.replace("order: 1", "order: 2").getBytes(StandardCharsets.UTF_8));
            assertThat(library.reload().pages()).isEqualTo(goodPages);
        }
    }
}
