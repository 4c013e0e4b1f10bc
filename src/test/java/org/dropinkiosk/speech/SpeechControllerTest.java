package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The real app over HTTP, as the browser script uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kiosk.speech.warm-up=false")
class SpeechControllerTest {

    @LocalServerPort
    int port;

    @Autowired
    SpeechService speech;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(String t) {
        return URLEncoder.encode(t, StandardCharsets.UTF_8);
    }

    @Test
    void audio_is_a_wav_with_an_etag_and_cache_headers_and_the_etag_gives_304() throws Exception {
        HttpResponse<byte[]> first = get("/speech/audio?text=" + text("Press Listen to hear the screen."));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(new String(first.body(), 0, 4)).isEqualTo("RIFF");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=3600");
        long made = speech.synthesised();
        HttpResponse<byte[]> again =
                get("/speech/audio?text=" + text("Press Listen to hear the screen."), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(speech.synthesised()).isEqualTo(made);
        HttpResponse<byte[]> slower = get(
                "/speech/audio?pace=slower&text=" + text("Press Listen to hear the screen."), "If-None-Match", etag);
        assertThat(slower.statusCode()).isEqualTo(200);
        assertThat(slower.body().length).isGreaterThan(first.body().length);
    }

    @Test
    void over_long_blank_or_unknown_requests_get_a_short_plain_4xx() throws Exception {
        HttpResponse<byte[]> tooLong = get("/speech/audio?text=" + text("word ".repeat(200)));
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(new String(tooLong.body(), StandardCharsets.UTF_8))
                .isEqualTo("The text is too long: at most 600 characters.");
        assertThat(get("/speech/audio").statusCode()).isEqualTo(400);
        assertThat(get("/speech/audio?text=hello&pace=fast").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> unknown = get("/speech/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).isEqualTo("There is no such speech request.");
    }

    @Test
    void sentences_are_split_by_the_kiosk_splitter_with_their_words_and_kept_nowhere() throws Exception {
        HttpResponse<byte[]> split = get("/speech/sentences?text=" + text("Dr. Patel says hello. Tea is at 10.30! 🎉"));
        assertThat(split.statusCode()).isEqualTo(200);
        assertThat(split.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(new String(split.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"sentences\":[{\"text\":\"Dr. Patel says hello.\",\"words\":[\"Dr.\",\"Patel\",\"says\","
                        + "\"hello.\"]},{\"text\":\"Tea is at 10.30! 🎉\",\"words\":[\"Tea\",\"is\",\"at\",\"10.30!\","
                        + "\"🎉\"]}]}");
        assertThat(get("/speech/sentences").statusCode()).isEqualTo(400);
        HttpResponse<byte[]> tooLong =
                get("/speech/sentences?text=" + text("a".repeat(SpeechController.MAX_SPLIT + 1)));
        assertThat(tooLong.statusCode()).isEqualTo(413);
    }

    @Test
    void timings_name_every_word_and_sentence() throws Exception {
        HttpResponse<byte[]> timings = get("/speech/timings?text=" + text("Ask a person. They help at 11:00 am."));
        assertThat(timings.statusCode()).isEqualTo(200);
        String json = new String(timings.body(), StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"words\":[{\"text\":\"ask\",\"start\":")
                .contains("\"text\":\"eleven\"")
                .contains("\"sentences\":[");
    }

    @Test
    void only_symbols_give_no_content_and_the_health_says_up() throws Exception {
        assertThat(get("/speech/audio?text=" + text("🎉 *")).statusCode()).isEqualTo(204);
        String health = new String(get("/actuator/health").body(), StandardCharsets.UTF_8);
        // The speech details are for staff only (SpeechPrivacyHttpTest).
        assertThat(health).contains("\"status\":\"UP\"");
    }
}
