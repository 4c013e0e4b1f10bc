package org.dropinkiosk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Crash safety: the real kiosk runs in its own JVM while headless Chromium signs new visitors in
 * on several pages at once, and at a random moment the JVM is killed with SIGKILL. After every kill
 * the crashed database files are opened as they are (a copy, by H2 in this JVM) and every visitor
 * whose "Hello ... You are signed in." was on a screen must be there with a visit; then the app is
 * started again on the same files and must answer UP. Repeated {@code crash.kills} times (12; 50 for the full proof).
 *
 * <p>System properties: {@code crash.kills} (12), {@code crash.pages} (3), {@code crash.seed},
 * {@code crash.h2} (an H2 version in ~/.m2 to run the app with, default the project's),
 * {@code crash.h2.options} (appended to the app's H2 URL, e.g. {@code ;WRITE_DELAY=500} for H2's default),
 * {@code crash.port} (8100), {@code crash.label} (a name for a comparison run: its own folder
 * target/crash-LABEL and figures file). Figures go to target/benchmarks/crash.md.
 */
class CrashSafetyIT {

    // 12 keeps the everyday suite and CI within time; the full proof is -Dcrash.kills=50 (docs/crash-safety.md).
    private static final int KILLS = Integer.getInteger("crash.kills", 12);
    private static final int PAGES = Integer.getInteger("crash.pages", 3);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());
    private static final String H2_OPTIONS = System.getProperty("crash.h2.options", "");
    private static final String LABEL = System.getProperty("crash.label", "");
    private static final Path WORK =
            Path.of("target/crash" + (LABEL.isBlank() ? "" : "-" + LABEL)).toAbsolutePath();
    private static final Path DATA = WORK.resolve("data");
    private static final Pattern HELLO = Pattern.compile("Hello (\\p{L}+)\\. You are signed in\\.");
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Random random = new Random(SEED);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private int port = freePort();
    private List<String> launch;
    private Path h2Jar;
    private Driver h2;
    private String h2Version;
    private int nameCounter;

    @Test
    void every_sign_in_confirmed_on_screen_survives_a_kill_and_the_database_opens_every_time() throws Exception {
        long wallStart = System.nanoTime();
        deleteTree(WORK);
        Files.createDirectories(DATA);
        prepareLaunch();
        Set<String> confirmed = new LinkedHashSet<>();
        Map<String, Integer> lost = new LinkedHashMap<>();
        List<Long> restartMillis = new ArrayList<>();
        List<String> failedOpens = new ArrayList<>();
        int unconfirmedButKept = 0;
        int kills = 0;
        int visitsFound = 0;

        // Training run on the empty folder: creates the database and, at a normal exit, the class-data archive.
        Process app = startUp("first start", null);
        stopGracefully(app);

        Browser browser = KioskBrowser.get();
        ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                long started = System.nanoTime();
                app = startUp("restart after kill " + (kill - 1), failedOpens);
                if (!app.isAlive()) {
                    break;
                }
                restartMillis.add((System.nanoTime() - started) / 1_000_000);

                List<Signer> signers = new ArrayList<>();
                for (int p = 0; p < PAGES; p++) {
                    signers.add(new Signer(browser));
                }
                // The kill comes at a random moment up to 2 s after the first visitor's last tap (the one
                // that writes), while the other pages are somewhere in their own sign-ins.
                Process victim = app;
                long delay = random.nextInt(2_000);
                long giveUp = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                boolean scheduled = false;
                while (victim.isAlive()) {
                    for (Signer signer : signers) {
                        signer.step(confirmed);
                    }
                    if (!scheduled && (signers.stream().anyMatch(s -> s.savedOnce) || System.nanoTime() > giveUp)) {
                        killer.schedule(victim::destroyForcibly, delay, TimeUnit.MILLISECONDS);
                        scheduled = true;
                    }
                }
                victim.waitFor();
                kills++;
                // What reached a screen before the kill counts as confirmed, even if seen only now.
                for (Signer signer : signers) {
                    signer.lastLook(confirmed);
                    signer.close();
                }

                Path copy = WORK.resolve("crashed-" + kill);
                copyTree(DATA, copy);
                Set<String> kept;
                try {
                    kept = namesWithAVisit(copy);
                } catch (Exception broken) {
                    failedOpens.add("kill " + kill + ": the crashed files did not open: " + broken);
                    break;
                }
                deleteTree(copy);
                visitsFound = kept.size();
                for (String name : confirmed) {
                    if (!kept.contains(name)) {
                        lost.putIfAbsent(name, kill);
                    }
                }
                Set<String> extra = new HashSet<>(kept);
                extra.removeAll(confirmed);
                unconfirmedButKept = extra.size();
                System.out.printf(
                        Locale.ROOT,
                        "crash: kill %d after %d ms, %d confirmed so far, %d visits in the file, %d lost%n",
                        kill,
                        delay,
                        confirmed.size(),
                        kept.size(),
                        lost.size());
            }
            if (failedOpens.isEmpty()) {
                long started = System.nanoTime();
                app = startUp("start after the last kill", failedOpens);
                if (app.isAlive()) {
                    restartMillis.add((System.nanoTime() - started) / 1_000_000);
                    stopGracefully(app);
                }
            }
        } finally {
            killer.shutdownNow();
            if (app.isAlive()) {
                app.destroyForcibly().waitFor();
            }
        }

        long wallSeconds = (System.nanoTime() - wallStart) / 1_000_000_000;
        String table = summary(
                kills,
                confirmed.size(),
                visitsFound,
                unconfirmedButKept,
                lost,
                failedOpens,
                restartMillis,
                wallSeconds);
        System.out.println(table);
        Path benchmarks = Path.of("target/benchmarks");
        Files.createDirectories(benchmarks);
        Files.writeString(benchmarks.resolve("crash" + (LABEL.isBlank() ? "" : "-" + LABEL) + ".md"), table);

        assertThat(failedOpens).as("database opens that failed").isEmpty();
        assertThat(lost.keySet())
                .as("sign-ins confirmed on screen but missing after a kill")
                .isEmpty();
        assertThat(restartMillis).as("restarts").hasSize(KILLS + 1);
        assertThat(confirmed).as("sign-ins confirmed on screen").hasSizeGreaterThanOrEqualTo(KILLS / 2);
    }

    /** One kiosk page signing new visitors in, one tap at a time, without waiting for the server between pages. */
    private final class Signer {
        private final BrowserContext context;
        private final Page page;
        private String name;
        private String actedOn;
        boolean savedOnce;

        Signer(Browser browser) {
            context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            page = context.newPage();
            page.setDefaultTimeout(5_000);
            // A busy machine can take longer than a tap's 5 s to serve a first page.
            page.setDefaultNavigationTimeout(60_000);
            startOver();
        }

        private void startOver() {
            try {
                page.navigate(origin() + "/sign-in", new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
            } catch (RuntimeException appGone) {
                // killed meanwhile: the next look starts over
            }
        }

        void step(Set<String> confirmed) {
            try {
                String heading = look(confirmed);
                if (heading == null || heading.equals(actedOn)) {
                    return;
                }
                switch (heading) {
                    case "Sign in" -> {
                        name = nextName();
                        tap("No");
                    }
                    case "Your name" -> {
                        for (char letter : name.toUpperCase(Locale.ROOT).toCharArray()) {
                            tap(String.valueOf(letter));
                        }
                        tap("Next");
                    }
                    case "Your group" -> tap("No group");
                    case "Your picture" -> tap("sun");
                    case "How the kiosk works for me" -> tap("Next");
                    case "Your name on the screen" -> {
                        tap("No");
                        savedOnce = true;
                    }
                    default -> {
                        return;
                    }
                }
                actedOn = heading;
            } catch (RuntimeException appGoneOrBusy) {
                // The app was killed or the page is between screens: look again next round.
            }
        }

        /** The heading on screen now; a greeting on screen is recorded and the page starts over. */
        private String look(Set<String> confirmed) {
            String text = (String) page.evaluate("""
                    () => { const c = document.querySelector('.kiosk-content');
                            if (!c) return null;
                            const h = c.querySelector('h1');
                            return (h ? h.textContent.trim() : '') + '\\n' + c.innerText; }""");
            if (text == null) {
                if (!page.url().startsWith(origin())) {
                    startOver();
                }
                return null;
            }
            Matcher hello = HELLO.matcher(text);
            if (hello.find()) {
                confirmed.add(hello.group(1));
                actedOn = null;
                startOver();
                return null;
            }
            return text.substring(0, text.indexOf('\n'));
        }

        void lastLook(Set<String> confirmed) {
            try {
                look(confirmed);
            } catch (RuntimeException ignored) {
                // nothing on screen
            }
        }

        private void tap(String button) {
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName(button).setExact(true))
                    .click();
        }

        void close() {
            context.close();
        }
    }

    /** A new name for every visitor: three letters, unique in this run, never the same letter twice in a row ("Aba", "Abc", ...). */
    private String nextName() {
        int n = nameCounter++;
        char first = (char) ('a' + n / 625 % 26);
        char second = otherThan(first, n / 25 % 25);
        char third = otherThan(second, n % 25);
        return new String(new char[] {Character.toUpperCase(first), second, third});
    }

    /** The k-th letter that is not {@code previous}: no double letters, as test-speed taps on one key are one press. */
    private static char otherThan(char previous, int k) {
        char letter = (char) ('a' + k);
        return letter >= previous ? (char) (letter + 1) : letter;
    }

    private Set<String> namesWithAVisit(Path folder) throws Exception {
        Properties login = new Properties();
        login.setProperty("user", "kiosk");
        login.setProperty("password", "");
        try (Connection connection = h2.connect(h2Url(folder), login);
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT p.name FROM visitor p JOIN visit v ON v.visitor_id = p.id")) {
            Set<String> names = new HashSet<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("kiosk") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private Process start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                javaCommand(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx384m",
                "-Xss512k",
                "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + WORK.resolve("kiosk.jsa"),
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-Dvaadin.productionMode=true"));
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--kiosk.data-dir=" + DATA, "--logging.level.root=warn"));
        if (!H2_OPTIONS.isBlank()) {
            // A comparison run: the app's own URL (application.properties) plus these settings.
            command.add("--spring.datasource.url=" + h2Url(DATA) + H2_OPTIONS);
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(WORK.resolve("app.log").toFile()))
                .start();
    }

    /**
     * Starts the app and waits until it is UP. Returns the process (not alive if it failed, with the reason
     * added to failedOpens; or thrown when failedOpens is null). If another process took the port between
     * the kill and the restart, that has nothing to do with the database: it starts again on a new port.
     */
    private Process startUp(String what, List<String> failedOpens) throws IOException, InterruptedException {
        List<String> failed = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            long logBefore = Files.exists(WORK.resolve("app.log")) ? Files.size(WORK.resolve("app.log")) : 0;
            Process app = start();
            if (awaitUp(app, what, failed)) {
                return app;
            }
            String log = Files.readString(WORK.resolve("app.log"));
            if (attempt < 3
                    && log.substring((int) Math.min(logBefore, log.length())).contains("was already in use")) {
                System.out.printf("crash: port %d was taken by another process; starting on another port%n", port);
                failed.clear();
                port = freePort();
                continue;
            }
            if (failedOpens == null) {
                throw new AssertionError(failed.getFirst());
            }
            failedOpens.addAll(failed);
            return app;
        }
    }

    /** Waits for /actuator/health to say UP (it includes the database); false and a reason when it does not. */
    private boolean awaitUp(Process app, String what, List<String> failedOpens) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(origin() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                failedOpens.add(
                        what + ": the app stopped with exit code " + app.exitValue() + " (see target/crash/app.log)");
                return false;
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                // 200 only when every component is UP, the database among them.
                if (answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"")) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        failedOpens.add(what + ": not UP within " + START_LIMIT.toSeconds() + " s");
        app.destroyForcibly().waitFor();
        return false;
    }

    private static void stopGracefully(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    private String summary(
            int kills,
            int confirmed,
            int visits,
            int unconfirmedButKept,
            Map<String, Integer> lost,
            List<String> failedOpens,
            List<Long> restartMillis,
            long wallSeconds) {
        List<Long> sorted = restartMillis.stream().sorted().toList();
        String restarts = sorted.isEmpty()
                ? "-"
                : String.format(
                        Locale.ROOT,
                        "%d / %d / %d / %d",
                        sorted.getFirst(),
                        sorted.get(sorted.size() / 2),
                        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                        sorted.getLast());
        String version = h2Version;
        return String.format(
                Locale.ROOT,
                """
                # Crash safety (CrashSafetyIT)

                SIGKILL at a random moment (0-2 s after the first last tap of a restart) while %d Chromium pages sign new visitors in.

                | figure | value |
                |---|---|
                | H2 | %s |
                | URL settings | %s |
                | kills | %d |
                | sign-ins confirmed on screen | %d |
                | visits in the file after the last kill | %d |
                | kept but not confirmed (tap in flight at the kill) | %d |
                | **lost** (confirmed, missing after a kill) | **%d** |
                | **failed opens** | **%d** |
                | starts that reached UP | %d |
                | restart to UP, ms (min / median / p95 / max) | %s |
                | wall time, s | %d |
                | seed | %d |
                %s%s""",
                PAGES,
                version,
                H2_OPTIONS.isBlank() ? "as in application.properties" : "`" + H2_OPTIONS + "` added",
                kills,
                confirmed,
                visits,
                unconfirmedButKept,
                lost.size(),
                failedOpens.size(),
                restartMillis.size(),
                restarts,
                wallSeconds,
                SEED,
                lost.isEmpty() ? "" : "\nLost (name: kill after which it was missing): " + lost + "\n",
                failedOpens.isEmpty() ? "" : "\nFailed opens: " + String.join("; ", failedOpens) + "\n");
    }

    /**
     * How the app is started: the Boot jar that {@code package} built, extracted the way Spring Boot
     * recommends for class-data sharing (restarts are the cost of this test); without a jar, the
     * test's own classpath minus the test classes. With {@code crash.h2} another H2 jar takes the
     * place of the project's.
     */
    private void prepareLaunch() throws IOException, InterruptedException {
        Path bootJar = VenueScript.jar().orElse(null);
        List<String> jars;
        if (bootJar != null) {
            Path app = WORK.resolve("app");
            Process extract = new ProcessBuilder(
                            javaCommand(),
                            "-Djarmode=tools",
                            "-jar",
                            bootJar.toString(),
                            "extract",
                            "--destination",
                            app.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            WORK.resolve("app.log").toFile()))
                    .start();
            assertThat(extract.waitFor()).as("extracting " + bootJar).isZero();
            launch = List.of("-jar", app.resolve(bootJar.getFileName()).toString());
            try (Stream<Path> files = Files.list(app.resolve("lib"))) {
                jars = files.map(Path::toString).toList();
            }
        } else {
            jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.endsWith("test-classes"))
                    .toList();
            launch = List.of("-cp", String.join(File.pathSeparator, jars), "org.dropinkiosk.KioskApplication");
        }
        h2Jar = jars.stream()
                .map(Path::of)
                .filter(p -> p.getFileName().toString().matches("h2-.*\\.jar"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no H2 jar to run the app with"));
        String wanted = System.getProperty("crash.h2", "");
        if (!wanted.isBlank()) {
            assertThat(bootJar)
                    .as("crash.h2 needs the Boot jar (./mvnw package)")
                    .isNotNull();
            Path other = Path.of(
                    System.getProperty("user.home"),
                    ".m2/repository/com/h2database/h2",
                    wanted,
                    "h2-" + wanted + ".jar");
            // Same file name in the extracted lib folder, other contents: the manifest stays as it is.
            Files.copy(other, h2Jar, StandardCopyOption.REPLACE_EXISTING);
        }
        h2 = isolatedH2Driver(h2Jar);
        try {
            h2Version = String.valueOf(h2.getClass()
                    .getClassLoader()
                    .loadClass("org.h2.engine.Constants")
                    .getField("FULL_VERSION")
                    .get(null));
        } catch (ReflectiveOperationException e) {
            h2Version = h2Jar.getFileName().toString();
        }
    }

    /** The same H2 jar the app runs with, loaded apart from the test's own, to read the crashed files. */
    private static Driver isolatedH2Driver(Path jar) {
        try {
            URLClassLoader loader =
                    new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            return (Driver)
                    loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** crash.port if given, else a port the system says is free now. */
    private static int freePort() {
        Integer wanted = Integer.getInteger("crash.port");
        if (wanted != null) {
            return wanted;
        }
        try {
            return VenueScript.freePort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
