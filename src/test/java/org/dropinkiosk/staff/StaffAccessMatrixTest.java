package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP: every staff route and export URL, and its tricky spellings, is refused to a
 * visitor (a redirect to the PIN pad, 400, 401, 403 or 404, never data), and opens for staff.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.staff-pin-hash=" + StaffTestData.PIN_HASH, "kiosk.venue-id=access-matrix"})
class StaffAccessMatrixTest {

    static final String SECRET = "Zebedee-Secret";
    static final String RANGE = "?from=2020-01-01&to=2099-12-31";
    static final List<String> VIEWS = List.of(
            "/staff",
            "/staff/exports",
            "/staff/privacy",
            "/staff/backups",
            "/staff/audit",
            "/staff/pin",
            "/staff/pronunciations",
            "/staff/settings");
    static final List<String> EXPORTS = List.of(
            "/staff/export/visits.csv",
            "/staff/export/visits.xlsx",
            "/staff/export/answers.csv",
            "/staff/export/answers.xlsx");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aVisitorIsHereToday() {
        if (jdbc.sql("SELECT COUNT(*) FROM visitor WHERE name = ?")
                        .param(SECRET)
                        .query(Integer.class)
                        .single()
                == 0) {
            long id = StaffTestData.visitor(jdbc, "access-matrix", SECRET, "star", OffsetDateTime.now());
            StaffTestData.visit(jdbc, "access-matrix", id, LocalDate.now(StaffTestData.ZONE), false);
        }
    }

    /** Each path spelled the ways an attacker might try to slip past a matcher. */
    static List<String> variants(String path) {
        String rest = path.substring("/staff".length());
        List<String> all = new ArrayList<>(List.of(
                path,
                "/" + path,
                path + "/",
                path.replace("/staff", "/staff/"),
                path + ";jsessionid=ABC123",
                "/staff;jsessionid=ABC123" + rest,
                "/%73taff" + rest,
                path.replace("/", "%2F").replaceFirst("%2F", "/"),
                "/STAFF" + rest,
                "/./staff" + rest,
                "/visitors/../staff" + rest,
                "/staff%2F" + rest.replaceFirst("^/", ""),
                path + "%20",
                path + "#x"));
        if (path.endsWith(".csv") || path.endsWith(".xlsx")) {
            all.add(path.replace(".", "%2E"));
        }
        return all.stream().distinct().toList();
    }

    @Test
    void a_visitor_gets_no_staff_page_and_no_export_however_the_address_is_spelled() throws Exception {
        HttpClient anonymous = client();
        List<String> tried = new ArrayList<>();
        for (String base : concat(VIEWS, EXPORTS)) {
            for (String variant : variants(base)) {
                String url = variant + (EXPORTS.contains(base) ? RANGE : "");
                HttpResponse<String> r = get(anonymous, url);
                tried.add(r.statusCode() + " " + url);
                assertThat(r.body())
                        .as(url)
                        .doesNotContain(SECRET)
                        .doesNotContain("visit_date")
                        .doesNotContain("answered_at");
                assertThat(r.statusCode()).as(url).isIn(302, 400, 401, 403, 404);
                if (r.statusCode() == 302) {
                    assertThat(r.headers().firstValue("Location").orElse(""))
                            .as(url)
                            .endsWith("/staff/login");
                }
            }
        }
        System.out.println("Anonymous access matrix:\n" + String.join("\n", tried));
        assertThat(tried).hasSizeGreaterThan(100);
    }

    @Test
    void staff_who_logged_in_with_the_pin_get_every_page_and_export() throws Exception {
        HttpClient staff = loggedIn();
        for (String view : VIEWS) {
            HttpResponse<String> r = get(staff, view);
            assertThat(r.statusCode()).as(view).isEqualTo(200);
        }
        HttpResponse<String> csv = get(staff, "/staff/export/visits.csv" + RANGE);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(SECRET).contains("visit_date");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        assertThat(csv.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        for (String export : EXPORTS) {
            assertThat(get(staff, export + RANGE).statusCode()).as(export).isEqualTo(200);
        }
        for (String base : concat(VIEWS, EXPORTS)) {
            for (String variant : variants(base)) {
                int status = get(staff, variant + (EXPORTS.contains(base) ? RANGE : ""))
                        .statusCode();
                assertThat(status).as(variant).isLessThan(500);
            }
        }
    }

    @Test
    void a_wrong_pin_over_http_gets_no_session() throws Exception {
        HttpClient client = client();
        String token = csrf(client);
        HttpResponse<String> r = post(client, "/staff/login", "username=staff&password=0000&_csrf=" + token);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(get(client, "/staff/export/visits.csv" + RANGE).statusCode()).isEqualTo(302);
        // a good login afterwards starts the count again, so this test never locks the others out
        post(client, "/staff/login", "username=staff&password=" + StaffTestData.PIN + "&_csrf=" + csrf(client));
    }

    @Test
    void a_wrong_form_login_counts_once() throws Exception {
        HttpClient client = client();
        int before = wrongTries();
        HttpResponse<String> r = post(client, "/staff/login", "username=staff&password=0000&_csrf=" + csrf(client));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(wrongTries()).isEqualTo(before + 1);
        post(client, "/staff/login", "username=staff&password=" + StaffTestData.PIN + "&_csrf=" + csrf(client));
    }

    private int wrongTries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE venue_id = 'access-matrix' AND action = 'login-failed'")
                .query(Integer.class)
                .single();
    }

    private HttpClient loggedIn() throws Exception {
        HttpClient client = client();
        HttpResponse<String> r =
                post(client, "/staff/login", "username=staff&password=" + StaffTestData.PIN + "&_csrf=" + csrf(client));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/staff");
        return client;
    }

    private String csrf(HttpClient client) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(get(client, "/staff/login").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace("#", "%23")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String form)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
