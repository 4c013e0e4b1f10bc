package org.dropinkiosk.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real app on a random port, hit on every route and endpoint with hostile paths, query parameters,
 * headers and bodies: no 5xx, and no Java stack trace or exception class name in any response body.
 * Requests are written byte by byte on a socket, so even invalid UTF-8 and bare control bytes get through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileHttpIT {

    private static final List<String> ROUTES = List.of(
            "/",
            "/news",
            "/sign-in",
            "/whats-on",
            "/tell-us",
            "/tell-us/you-said-we-did",
            "/help",
            "/credits",
            "/staff",
            "/staff/here",
            "/staff/content",
            "/staff/meetings",
            "/staff/meetings/edit",
            "/staff/meetings/edit/1",
            "/staff/answers",
            "/staff/replies",
            "/login",
            "/logout",
            "/speech",
            "/speech/say",
            "/speech/audio",
            "/pictures/README.txt",
            "/pictures/",
            "/pictures/x.png",
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator",
            "/actuator/env",
            "/error",
            "/styles/kiosk.css",
            "/symbols/meet.svg",
            "/scripts/x.js",
            "/VAADIN/",
            "/VAADIN/build/",
            "/VAADIN/static/x",
            "/VAADIN/dynamic/resource/0/x/y",
            "/sw.js",
            "/manifest.webmanifest",
            "/offline.html",
            "/favicon.ico",
            "/robots.txt",
            "/icons/icon.png",
            "/HEARTBEAT/",
            "/UIDL/");

    private static final List<String> HOSTILE_PATHS = List.of(
            "/pictures/../../../etc/passwd",
            "/pictures/..%2f..%2f..%2fetc%2fpasswd",
            "/pictures/%2e%2e/%2e%2e/pom.xml",
            "/pictures/%00",
            "/pictures/%c0%ae%c0%ae/",
            "/pictures/..\\..\\pom.xml",
            "/pictures/" + "a".repeat(5000),
            "/news/%ff%fe",
            "/news/..;/staff/here",
            "/staff/..;/news",
            "/%2e%2e/",
            "/%",
            "/%zz",
            "/a%00b",
            "/;jsessionid=x",
            "//",
            "///etc/passwd",
            "/news//",
            "/news/" + "x/".repeat(500),
            "/tell-us/%0d%0aSet-Cookie:x=y",
            "/sign-in/<script>",
            "/whats-on/'%20OR%201=1--",
            "/staff/meetings/edit/-1",
            "/staff/meetings/edit/99999999999999999999",
            "/staff/meetings/edit/%00",
            "/staff/meetings/edit/=1+1",
            "/VAADIN/../../pom.xml",
            "/VAADIN/%2e%2e/%2e%2e/pom.xml",
            "/actuator/health/%00",
            "/actuator/health/" + "z".repeat(3000),
            "/?" + "a=".repeat(3000),
            "/speech/%ff",
            "/speech/../../etc/passwd");

    private static final List<String> VAADIN_QUERIES = List.of(
            "v-r=init",
            "v-r=init&location=",
            "v-r=heartbeat",
            "v-r=heartbeat&v-uiId=0",
            "v-r=uidl",
            "v-r=uidl&v-uiId=0",
            "v-r=uidl&v-uiId=-1",
            "v-r=uidl&v-uiId=99999999999999999999",
            "v-r=push",
            "v-r=push&v-uiId=0",
            "v-r=x",
            "v-r=",
            "v-r=init&v-browserDetails=1",
            "v-r=resource",
            "v-r=webcomponent",
            "v-r=webcomponent-bootstrap",
            "v-r=init&location=%ff%fe",
            "v-r=init&location=..%2f..%2f",
            "v-r=init&location=staff%2Fmeetings%2Fedit%2F%00",
            "v-r=init&location=" + "a".repeat(4000),
            "v-r=init&query=%ff",
            "v-r=init&v-wn=%00&v-tzo=99999999999999999999",
            "v-r=init&v-sw=NaN&v-sh=-1&v-td=x&v-rtzo=1e400&v-dstd=%0d%0a");

    private static Hostile hostile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void seed() {
        hostile = Hostile.seeded("HostileHttpIT");
    }

    record Response(int status, String head, String body) {}

    /** Sends raw bytes and reads the answer; the socket is closed by the server or after 20 s. */
    private Response raw(byte[] request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(head);
            int status = m.find() ? Integer.parseInt(m.group(1)) : 0;
            return new Response(status, head, body);
        }
    }

    private Response send(String method, byte[] target, List<String> headers, byte[] body) throws Exception {
        ByteArrayOutputStream req = new ByteArrayOutputStream();
        req.write((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        req.write(target);
        req.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
        for (String h : headers) {
            req.write(h.getBytes(StandardCharsets.UTF_8));
            req.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (body != null) {
            req.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        req.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            req.write(body);
        }
        return raw(req.toByteArray());
    }

    private final List<String> failures = new ArrayList<>();
    private int requests;

    private Response check(String what, String method, byte[] target, List<String> headers, byte[] body)
            throws Exception {
        Response r = send(method, target, headers, body);
        requests++;
        String label =
                method + " " + HostileInputTest.show(new String(target, StandardCharsets.UTF_8)) + " [" + what + "]";
        if (r.status() >= 500 || r.status() == 0) {
            failures.add(label + " -> " + r.status() + " " + HostileInputTest.show(r.body()));
        }
        Matcher trace = Hostile.STACK_TRACE.matcher(r.body());
        if (trace.find()) {
            failures.add(label + " -> body shows '" + trace.group() + "'");
        }
        return r;
    }

    private Response get(String what, String target, String... headers) throws Exception {
        return check(what, "GET", target.getBytes(StandardCharsets.UTF_8), List.of(headers), null);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void assertNoFailures() {
        System.out.println("[fuzz] HostileHttpIT sent " + requests + " requests, " + failures.size() + " failures");
        assertThat(failures)
                .as("requests answered with 5xx or a stack trace (seed " + hostile.seed + ")")
                .isEmpty();
    }

    @Test
    void every_route_answers_without_a_server_error_or_a_stack_trace() throws Exception {
        for (String route : ROUTES) {
            for (String method : List.of("GET", "HEAD", "POST", "PUT", "OPTIONS", "FOO")) {
                check(
                        "route",
                        method,
                        route.getBytes(StandardCharsets.UTF_8),
                        List.of(),
                        method.equals("POST") || method.equals("PUT") ? new byte[0] : null);
            }
        }
        for (String path : HOSTILE_PATHS) {
            get("hostile path", path);
        }
        assertNoFailures();
    }

    @Test
    void hostile_query_parameters_headers_and_bytes_do_no_harm() throws Exception {
        for (String route : ROUTES) {
            for (int i = 0; i < Hostile.count(2); i++) {
                String value = hostile.any();
                get("query", route + "?" + enc(hostile.text(3)) + "=" + enc(value) + "&v-r=" + enc(hostile.any()));
            }
        }
        for (String v : Hostile.VECTORS) {
            get("query vector", "/?q=" + enc(v) + "&location=" + enc(v));
            get("init location", "/?v-r=init&location=" + enc(v) + "&query=" + enc(v));
        }
        for (String q : VAADIN_QUERIES) {
            get("vaadin query", "/?" + q);
            check(
                    "vaadin post",
                    "POST",
                    ("/?" + q).getBytes(StandardCharsets.UTF_8),
                    List.of("Content-Type: application/json; charset=UTF-8"),
                    "{\"csrfToken\":\"x\",\"rpc\":[]}".getBytes(StandardCharsets.UTF_8));
        }
        // Invalid bytes straight into the request line and the headers.
        List<byte[]> targets = List.of(
                new byte[] {'/', (byte) 0xff, (byte) 0xfe},
                new byte[] {'/', 'n', 'e', 'w', 's', '?', 'x', '=', (byte) 0xc3, (byte) 0x28},
                new byte[] {'/', 0x01, 0x7f},
                "/pictures/\u00e9\u4e2d".getBytes(StandardCharsets.UTF_8),
                "/?v-r=init&location=\u00ff".getBytes(StandardCharsets.ISO_8859_1),
                ("/" + "%".repeat(100)).getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] target : targets) {
            check("raw target", "GET", target, List.of(), null);
        }
        List<String> headers = List.of(
                "Accept: */*\u0000",
                "Accept-Language: " + "x".repeat(5000),
                "Accept-Language: ;;;q=1e400,*;q=-1",
                "Cookie: JSESSIONID=" + "A".repeat(4000),
                "Cookie: JSESSIONID=<script>; XSRF-TOKEN='\"",
                "Cookie: =;=;=",
                "X-Forwarded-For: ' OR 1=1 --",
                "X-Forwarded-Host: evil.example",
                "Host: <script>",
                "Range: bytes=99999999999999999999-",
                "Range: bytes=-1--1",
                "If-Modified-Since: yesterday",
                "Content-Type: multipart/form-data; boundary=",
                "Authorization: Basic " + "!".repeat(100),
                "Authorization: Basic Og==",
                "Accept: text/html;q=NaN",
                "User-Agent: () { :; }; echo; /bin/cat /etc/passwd",
                "Transfer-Encoding: chunked, identity",
                "Expect: 100-nothing");
        for (String route : List.of(
                "/",
                "/news",
                "/sign-in",
                "/pictures/README.txt",
                "/actuator/health",
                "/staff/here",
                "/?v-r=init&location=news")) {
            for (String header : headers) {
                get("header", route, header);
            }
        }
        for (int i = 0; i < Hostile.count(15); i++) {
            get(
                    "random header",
                    "/",
                    "X-" + (char) ('A' + i % 26) + ": " + hostile.text(6).replaceAll("[\r\n]", " "));
        }
        assertNoFailures();
    }

    @Test
    void junk_bodies_to_vaadin_and_spring_endpoints_do_no_harm() throws Exception {
        // A real UI first, so the junk reaches Vaadin's own message handler with a live session.
        Response init = get("init", "/?v-r=init&location=news");
        String cookie = init.head()
                .lines()
                .filter(l -> l.toLowerCase().startsWith("set-cookie:"))
                .map(l -> l.substring(11).strip().split(";")[0])
                .findFirst()
                .orElse("");
        Matcher csrf =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        String token = csrf.find() ? csrf.group(1) : "x";
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init.body());
        String uiId = ui.find() ? ui.group(1) : "0";
        List<byte[]> bodies = new ArrayList<>();
        List.of(
                        "",
                        "{",
                        "[]",
                        "null",
                        "{\"csrfToken\":\"" + token + "\"}",
                        "{\"csrfToken\":\"" + token
                                + "\",\"rpc\":[{\"type\":\"event\",\"node\":99999999,\"event\":\"click\"}],\"syncId\":0,\"clientId\":0}",
                        "{\"csrfToken\":\"" + token
                                + "\",\"rpc\":[{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"x\",\"templateEventMethodArgs\":[]}],\"syncId\":0,\"clientId\":0}",
                        "{\"csrfToken\":\"" + token
                                + "\",\"rpc\":[{\"type\":\"navigation\",\"location\":\"../../etc\",\"state\":null}],\"syncId\":0,\"clientId\":0}",
                        "{\"csrfToken\":\"" + token
                                + "\",\"rpc\":[{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"property\":\"value\",\"value\":\"<script>\"}],\"syncId\":0,\"clientId\":0}",
                        "{\"csrfToken\":\"" + token
                                + "\",\"rpc\":\"x\",\"syncId\":\"NaN\",\"clientId\":99999999999999999999}",
                        "{\"csrfToken\":\"" + token + "\",\"syncId\":-1,\"clientId\":-1,\"resynchronize\":true}",
                        "[".repeat(10_000),
                        "{\"a\":".repeat(5_000),
                        "\"" + "x".repeat(200_000) + "\"")
                .forEach(b -> bodies.add(b.getBytes(StandardCharsets.UTF_8)));
        bodies.add(new byte[] {(byte) 0xff, (byte) 0xfe, 0, '{'});
        for (int i = 0; i < Hostile.count(16); i++) {
            bodies.add(
                    i % 2 == 0
                            ? hostile.bytes(3000)
                            : ("{\"csrfToken\":\"" + token + "\",\"rpc\":[{\"type\":\"" + enc(hostile.any())
                                            + "\",\"node\":" + hostile.random.nextInt() + "}],\"syncId\":"
                                            + hostile.random.nextLong() + ",\"clientId\":0}")
                                    .getBytes(StandardCharsets.UTF_8));
        }
        List<String> withSession = List.of("Cookie: " + cookie, "Content-Type: application/json; charset=UTF-8");
        for (byte[] body : bodies) {
            check(
                    "uidl body",
                    "POST",
                    ("/?v-r=uidl&v-uiId=" + uiId).getBytes(StandardCharsets.UTF_8),
                    withSession,
                    body);
            check(
                    "heartbeat body",
                    "POST",
                    ("/?v-r=heartbeat&v-uiId=" + uiId).getBytes(StandardCharsets.UTF_8),
                    withSession,
                    body);
            check(
                    "init body",
                    "POST",
                    "/?v-r=init&location=sign-in".getBytes(StandardCharsets.UTF_8),
                    withSession,
                    body);
            check(
                    "health body",
                    "POST",
                    "/actuator/health".getBytes(StandardCharsets.UTF_8),
                    List.of("Content-Type: application/json"),
                    body);
            check(
                    "picture body",
                    "PUT",
                    "/pictures/x.png".getBytes(StandardCharsets.UTF_8),
                    List.of("Content-Type: image/png"),
                    body);
            check(
                    "form body",
                    "POST",
                    "/login".getBytes(StandardCharsets.UTF_8),
                    List.of("Content-Type: application/x-www-form-urlencoded"),
                    body);
        }
        // Lies about the body: a length that is not there, and chunks that are broken.
        raw(("POST /?v-r=uidl&v-uiId=" + uiId + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + "Cookie: "
                        + cookie + "\r\nContent-Length: 99999999999999999999\r\n\r\n{")
                .getBytes(StandardCharsets.ISO_8859_1));
        Response chunks =
                raw(("POST /?v-r=uidl&v-uiId=" + uiId + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                + "Cookie: " + cookie + "\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nxx\r\n0\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(chunks.status()).as("broken chunks").isLessThan(500);
        // The kiosk still answers afterwards.
        assertThat(get("after", "/actuator/health").status()).isEqualTo(200);
        assertNoFailures();
    }
}
