package org.dropinkiosk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dropinkiosk.kiosk.SecurityHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Headers and files, over HTTP against the running app: the CSP and nosniff on every kind of response,
 * a SameSite session cookie, redirects that never carry the Host header, pictures that are never a symbolic
 * link or outside their folder, SVG in a sandbox, and one log line (not a stack trace) for a forged Vaadin request.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.staff-pin-hash=$2a$10$ZQTW.BAA3ev2.rVXMo9gpOqUKl6xPf/R.cD52pH2aWB9w9Uepwn32", // PIN 2468
            "kiosk.venue-id=headers"
        })
@ExtendWith(OutputCaptureExtension.class)
class SecurityHeadersIT {

    private static final Path CONFIG = Path.of("target/headers-it/kiosk-config").toAbsolutePath();

    @LocalServerPort
    int port;

    /** A copy of kiosk-config whose pictures folder also holds an SVG with a script and two symbolic links out. */
    @DynamicPropertySource
    static void config(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(CONFIG.getParent());
        FileSystemUtils.copyRecursively(Path.of("kiosk-config"), CONFIG);
        Path pictures = Files.createDirectories(CONFIG.resolve("pictures"));
        Files.writeString(
                pictures.resolve("evil.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        Files.write(pictures.resolve("dot.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Files.createSymbolicLink(pictures.resolve("passwd.png"), Path.of("/etc/passwd"));
        Path secrets = Files.createDirectories(CONFIG.getParent().resolve("secrets"));
        Files.writeString(secrets.resolve("secret.png"), "not a picture");
        Files.createSymbolicLink(pictures.resolve("linked"), secrets);
        Files.writeString(CONFIG.getParent().resolve("outside.png"), "outside");
        registry.add("kiosk.config-dir", CONFIG::toString);
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(origin() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request with our own Host header (HttpClient will not), returns the response head. */
    private String rawHead(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            return split < 0 ? text : text.substring(0, split);
        }
    }

    private void logIn() throws Exception {
        String page = new String(get("/staff/login").body(), StandardCharsets.UTF_8);
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("a CSRF token in the login page").isTrue();
        String form = "username=staff&password=2468&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(origin() + "/staff/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location")).as("logged in").hasValue("/staff");
    }

    @Test
    void every_kind_of_response_carries_the_csp_and_nosniff() throws Exception {
        String home = new String(get("/").body(), StandardCharsets.UTF_8);
        Matcher bundle =
                Pattern.compile("src=\"(\\.?/?VAADIN/build/[^\"]+\\.js)\"").matcher(home);
        assertThat(bundle.find()).as("the page names Vaadin's bundle: " + home).isTrue();
        logIn();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("HTML page", "/news");
        kinds.put("Vaadin static resource", "/" + bundle.group(1).replaceFirst("^\\.?/", ""));
        kinds.put("kiosk style sheet", "/styles/kiosk.css");
        kinds.put("picture", "/pictures/dot.png");
        kinds.put("SVG picture", "/pictures/evil.svg");
        kinds.put("speech audio", "/speech/audio?text=" + URLEncoder.encode("Hello.", StandardCharsets.UTF_8));
        kinds.put("export download", "/staff/export/visits.xlsx?from=2026-01-01&to=2026-12-31&venue=this");
        kinds.put("404 page", "/no-such-page/at-all");
        kinds.put("missing picture", "/pictures/nothing.png");
        kinds.put("error page", "/error");
        kinds.put("actuator", "/actuator/health");
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            HttpResponse<byte[]> r = get(kind.getValue());
            String what = kind.getKey() + " " + kind.getValue() + " (" + r.statusCode() + ")";
            System.out.println("[headers] " + what + ": "
                    + r.headers().firstValue("Content-Type").orElse("-") + "; CSP "
                    + r.headers().firstValue("Content-Security-Policy").orElse("NONE"));
            assertThat(r.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
            boolean file = kind.getValue().startsWith("/pictures/");
            assertThat(r.headers().allValues("Content-Security-Policy"))
                    .as(what)
                    .containsExactly(file ? SecurityHeaders.FILE_POLICY : SecurityHeaders.PAGE_POLICY);
        }
        assertThat(get("/pictures/evil.svg")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .contains("sandbox", "default-src 'none'");
    }

    @Test
    void the_session_cookie_is_same_site_strict_and_http_only() throws IOException {
        String head = rawHead("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String cookie = head.lines()
                .filter(l -> l.toLowerCase().startsWith("set-cookie: jsessionid="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly");
    }

    @Test
    void a_redirect_never_names_the_host_the_request_gave() throws IOException {
        for (String path : new String[] {"/staff", "/staff/export/visits.csv", "/staff/here"}) {
            String head = rawHead("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            String location = head.lines()
                    .filter(l -> l.toLowerCase().startsWith("location:"))
                    .findFirst()
                    .orElse("");
            System.out.println("[headers] Host: evil.example, GET " + path + " -> "
                    + head.lines().findFirst().orElse("") + " " + location);
            assertThat(head).doesNotContain("evil.example");
        }
        String head = rawHead("GET /staff HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(head).startsWith("HTTP/1.1 302").contains("Location: /staff/login");
    }

    @Test
    void pictures_are_never_a_symbolic_link_or_outside_their_folder() throws Exception {
        assertThat(get("/pictures/dot.png").statusCode()).isEqualTo(200);
        for (String path : new String[] {
            "/pictures/passwd.png",
            "/pictures/linked/secret.png",
            "/pictures/../outside.png",
            "/pictures/%2e%2e/outside.png",
            "/pictures/..%2foutside.png",
            "/pictures/linked/",
            "/pictures/"
        }) {
            HttpResponse<byte[]> r = get(path);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(r.statusCode()).as(path + ": not served").isNotEqualTo(200);
            assertThat(body).as(path).doesNotContain("root:", "not a picture", "outside");
        }
        HttpResponse<byte[]> svg = get("/pictures/evil.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    }

    @Test
    void a_forged_vaadin_request_writes_one_log_line_not_a_stack_trace(CapturedOutput output) throws Exception {
        String init = new String(get("/?v-r=init&location=news").body(), StandardCharsets.UTF_8);
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        String uiId = ui.find() ? ui.group(1) : "0";
        Matcher csrf =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init);
        String token = csrf.find() ? csrf.group(1) : "x";
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("bad CSRF token", "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        forged.put("bad sync id", "{\"csrfToken\":\"" + token + "\",\"rpc\":[],\"syncId\":99,\"clientId\":7}");
        forged.put(
                "bad node",
                "{\"csrfToken\":\"" + token + "\",\"rpc\":[{\"type\":\"event\",\"node\":99999,\"event\":\"click\"}],"
                        + "\"syncId\":0,\"clientId\":0}");
        forged.put("broken JSON", "{");
        forged.put("not an object", "[]");
        forged.put("null", "null");
        forged.put(
                "rpc not a list",
                "{\"csrfToken\":\"" + token + "\",\"rpc\":\"x\",\"syncId\":\"NaN\",\"clientId\":99999999999999999999}");
        forged.put(
                "resynchronize",
                "{\"csrfToken\":\"" + token + "\",\"syncId\":-1,\"clientId\":-1,\"resynchronize\":true}");
        forged.put(
                "unknown rpc type",
                "{\"csrfToken\":\"" + token
                        + "\",\"rpc\":[{\"type\":\"zzz\",\"node\":1}],\"syncId\":1,\"clientId\":1}");
        forged.put(
                "property of node 1",
                "{\"csrfToken\":\"" + token + "\",\"rpc\":[{\"type\":\"mSync\",\"node\":1,\"feature\":1,"
                        + "\"property\":\"value\",\"value\":\"<script>\"}],\"syncId\":1,\"clientId\":1}");
        forged.put("no session", "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        for (Map.Entry<String, String> f : forged.entrySet()) {
            int before = output.getAll().length();
            HttpClient sender = f.getKey().equals("no session") ? HttpClient.newHttpClient() : client;
            HttpResponse<String> r = sender.send(
                    HttpRequest.newBuilder(URI.create(origin() + "/?v-r=uidl&v-uiId=" + uiId))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(f.getValue()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // Vaadin logs in the request's own thread, before it answers.
            String logged = output.getAll().substring(before);
            System.out.println("[headers] forged UIDL (" + f.getKey() + ") -> " + r.statusCode() + ", logged "
                    + logged.lines().count() + " line(s): " + logged.strip());
            assertThat(Stream.of(logged.split("\n"))
                            .filter(l -> l.strip().startsWith("at "))
                            .toList())
                    .as(f.getKey())
                    .isEmpty();
            // Other threads (the speech warm-up) may log meanwhile: count only the request threads' lines.
            assertThat(logged.lines().filter(l -> l.contains("-exec-")).count())
                    .as(f.getKey() + ": " + logged)
                    .isLessThanOrEqualTo(1);
        }
    }
}
