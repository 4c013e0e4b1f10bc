package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.dropinkiosk.staff.StaffTestData;
import org.dropinkiosk.staff.network.StaffNetwork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A member of staff on their own laptop: a second browser that trusts only the kiosk's own certificate
 * opens the staff area over HTTPS on the staff port, logs in with the PIN, reads the fingerprint on the
 * Today page and downloads an export. The visitor screens are refused there.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.staff-pin-hash=" + StaffTestData.PIN_HASH,
            "kiosk.venue-id=staff-network-journey",
            "kiosk.staff-network.enabled=true"
        })
class StaffNetworkJourneyIT extends BrowserJourney {

    static final int STAFF_PORT = freePort();

    @DynamicPropertySource
    static void staffPort(DynamicPropertyRegistry registry) {
        registry.add("kiosk.staff-network.port", () -> STAFF_PORT);
    }

    @Autowired
    StaffNetwork network;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staff_log_in_over_https_from_their_own_browser_check_the_fingerprint_and_download_an_export()
            throws Exception {
        String staffOrigin = "https://127.0.0.1:" + STAFF_PORT;
        X509Certificate served = servedCertificate(STAFF_PORT);
        String fingerprint = HexFormat.ofDelimiter(" ")
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(served.getEncoded()));
        String spki = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(served.getPublicKey().getEncoded()));
        assertThat(network.status().state()).isEqualTo(StaffNetwork.State.ON);
        assertThat(network.status().fingerprint()).isEqualTo(fingerprint);

        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser laptop = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(KioskBrowser.chromium())
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--no-first-run",
                                        "--disable-quic",
                                        "--ignore-certificate-errors-spki-list=" + spki)));
                BrowserContext staff = laptop.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            List<String> requested = new CopyOnWriteArrayList<>();
            staff.onRequest(r -> requested.add(r.method() + " " + r.url()));
            Page laptopPage = staff.newPage();
            laptopPage.setDefaultTimeout(20_000);

            // the visitor screens are not there
            for (String visitorPath : List.of("/", "/sign-in", "/news", "/whats-on", "/actuator/health")) {
                Response refused = laptopPage.navigate(staffOrigin + visitorPath);
                assertThat(refused.status())
                        .as(visitorPath + " on the staff port")
                        .isEqualTo(404);
            }
            assertThat(laptopPage.getByText("This address only opens the staff area."))
                    .isVisible();

            List<String> notServed = new CopyOnWriteArrayList<>();
            staff.onResponse(r -> {
                if (r.status() >= 400) {
                    notServed.add(r.status() + " " + r.url());
                }
            });

            laptopPage.navigate(staffOrigin + "/staff");
            laptopPage.waitForURL(staffOrigin + "/staff/login");
            // the PIN pad's page cannot navigate the laptop into a visitor screen either (Vaadin's own navigation)
            laptopPage
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("1").setExact(true))
                    .click();
            assertThat(laptopPage.locator("#staff-pin-dots")).hasText("\u25CF");
            laptopPage.evaluate(
                    "() => { const a = document.createElement('a'); a.href = '/sign-in'; a.setAttribute('router-link', '');"
                            + " a.textContent = 'x'; document.body.appendChild(a); a.click(); }");
            assertThat(laptopPage.locator("#staff-pin-dots"))
                    .not()
                    .hasText("\u25CF"); // a fresh PIN pad, not the sign-in screen
            assertThat(laptopPage.locator("#kiosk-venue")).hasCount(0);
            assertThat(laptopPage.url()).startsWith(staffOrigin + "/staff");
            laptopPage.screenshot(
                    new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-network-visitor-route.png")));

            // one throttle: a wrong PIN on the laptop and one on the kiosk count together
            laptopPage.navigate(staffOrigin + "/staff");
            laptopPage.waitForURL(staffOrigin + "/staff/login");
            typeOnPinPad(laptopPage, "1111");
            assertThat(laptopPage.locator("#staff-login-message"))
                    .hasText("That PIN is not right. You can try 4 more times.");
            page.navigate(origin() + "/staff/login");
            typeOnPinPad(page, "9999");
            assertThat(page.locator("#staff-login-message"))
                    .hasText("That PIN is not right. You can try 3 more times.");

            typeOnPinPad(laptopPage, StaffTestData.PIN);
            laptopPage.waitForURL(staffOrigin + "/staff");
            Locator block = laptopPage.locator("#staff-network");
            assertThat(laptopPage.locator("#staff-network-fingerprint")).hasText(fingerprint);
            for (String address : network.status().addresses()) {
                assertThat(block).containsText(address);
            }
            assertThat(network.status().addresses())
                    .allMatch(a -> a.matches("https://[0-9.]+:" + STAFF_PORT + "/staff"));
            assertAccessibleOn(laptopPage, "staff today over the staff network");
            block.scrollIntoViewIfNeeded();
            laptopPage.locator("#staff-network img").evaluate("img => img.decode()");
            laptopPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("staff-network-today.png")));

            Cookie session = staff.cookies(staffOrigin).stream()
                    .filter(c -> c.name.equals("JSESSIONID"))
                    .findFirst()
                    .orElseThrow();
            assertThat(session.secure).as("the staff session cookie is Secure").isTrue();
            assertThat(session.httpOnly).isTrue();

            laptopPage
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Exports").setExact(true))
                    .click();
            laptopPage.waitForURL(staffOrigin + "/staff/exports");
            Download download = laptopPage.waitForDownload(() -> laptopPage
                    .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visits (CSV)"))
                    .click());
            Path file = SCREENSHOTS.resolve("staff-network-export.csv");
            download.saveAs(file);
            assertThat(download.url()).startsWith(staffOrigin + "/staff/export/");
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("visit_date");

            assertThat(notServed)
                    .as("what the staff pages needed and did not get on the staff port")
                    .isEmpty();

            System.out.println("Requests on the staff port: "
                    + requested.stream()
                            .map(r -> r.replace(staffOrigin, ""))
                            .distinct()
                            .toList());
        }

        List<String> audited = jdbc.sql(
                        "SELECT action || ': ' || detail FROM audit_event WHERE venue_id = 'staff-network-journey' ORDER BY id")
                .query(String.class)
                .list();
        System.out.println("Audit trail: " + audited);
        assertThat(audited)
                .contains(
                        "login-failed: Wrong PIN (PIN pad, staff network from 127.0.0.1)",
                        "login-failed: Wrong PIN (PIN pad)",
                        "login: Logged in (PIN pad, staff network from 127.0.0.1)");
    }

    @Test
    void a_kiosk_session_cookie_sent_to_the_staff_port_does_not_carry_its_session_over() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().sslContext(trustingOnlyToLook()).build();
        HttpResponse<Void> kiosk = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/staff/login"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String kioskSession = sessionCookie(kiosk).orElseThrow().split(";")[0];

        HttpResponse<Void> laptop = client.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + STAFF_PORT + "/staff/login"))
                        .header("Cookie", kioskSession)
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        String laptopCookie =
                sessionCookie(laptop).orElseThrow(() -> new AssertionError("the kiosk's session was carried over"));
        assertThat(laptopCookie.split(";")[0]).isNotEqualTo(kioskSession);
        assertThat(laptopCookie).contains("Secure").contains("HttpOnly");
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
    }

    private void assertAccessibleOn(Page other, String what) {
        Page kept = page;
        page = other;
        try {
            assertAccessible(what);
        } finally {
            page = kept;
        }
    }

    /** The certificate the staff port serves, read without trusting it, as a laptop first sees it. */
    private static X509Certificate servedCertificate(int port) throws Exception {
        try (SSLSocket socket =
                (SSLSocket) trustingOnlyToLook().getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** TLS that accepts any certificate: only to read what the staff port serves, never to trust it. */
    private static SSLContext trustingOnlyToLook() throws Exception {
        TrustManager look = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {look}, null);
        return tls;
    }

    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
