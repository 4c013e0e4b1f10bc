package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.staff.StaffTestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The real app over real HTTP: what an anonymous caller can learn, and how much speech one client may ask for. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.speech.warm-up=false",
            "kiosk.speech.requests-per-minute=10",
            "kiosk.speech.request-burst=10",
            "kiosk.venue-id=speech-privacy",
            "kiosk.staff-pin-hash=" + StaffTestData.PIN_HASH
        })
class SpeechPrivacyHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SpeechService speech;

    private static HttpClient from(String localAddress) throws Exception {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(localAddress))
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String say(String text) {
        return "/speech/audio?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void the_eleventh_request_of_one_client_is_429_and_another_client_is_still_served() throws Exception {
        HttpClient greedy = from("127.0.0.2");
        for (int i = 1; i <= 10; i++) {
            assertThat(get(greedy, say("Press number " + i + ".")).statusCode())
                    .as("request %d", i)
                    .isEqualTo(200);
        }
        HttpResponse<String> refused = get(greedy, say("Press number eleven."));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("Too many speech requests from this computer. Try again in a minute.");
        assertThat(get(greedy, "/speech/timings?text=Hello").statusCode())
                .as("timings count too")
                .isEqualTo(429);
        assertThat(get(from("127.0.0.3"), say("Press number eleven.")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void six_hundred_digits_are_refused_with_a_plain_sentence_and_nothing_is_made() throws Exception {
        long made = speech.synthesised();
        HttpResponse<String> r = get(from("127.0.0.4"), say("4".repeat(600)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).isEqualTo("The text is too long to say: at most 200 spoken words.");
        assertThat(speech.synthesised()).isEqualTo(made);
    }

    @Test
    void a_personal_phrase_is_not_kept_by_the_browser_either() throws Exception {
        speech.markPersonal(PersonalPhrase.ofVisitor(41, "Goodbye Zebedee. You are signed out."));
        HttpResponse<String> r = get(from("127.0.0.5"), say("Goodbye Zebedee. You are signed out."));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get(from("127.0.0.5"), say("See you next time."))
                        .headers()
                        .firstValue("Cache-Control")
                        .orElseThrow())
                .contains("max-age=3600");
    }

    @Test
    void anonymous_health_shows_only_the_status_and_a_staff_session_sees_the_details() throws Exception {
        HttpClient anonymous = from("127.0.0.1");
        get(anonymous, say("Was this said before?"));
        HttpResponse<String> open = get(anonymous, "/actuator/health");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("speech")
                .doesNotContain("synthesised")
                .doesNotContain("diskSpace")
                .doesNotContain("path")
                .doesNotContain("free")
                .doesNotContain("components");

        HttpClient staff = from("127.0.0.1");
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(get(staff, "/staff/login").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> login = staff.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/staff/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=staff&password=" + StaffTestData.PIN + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/staff");
        String details = get(staff, "/actuator/health").body();
        assertThat(details)
                .contains("\"speech\":{\"status\":\"UP\"")
                .contains("\"db\":{")
                .contains("diskSpace")
                .doesNotContain("synthesised");
    }
}
