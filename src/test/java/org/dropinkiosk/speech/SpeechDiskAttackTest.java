package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The security review's attack over real HTTP: 20 distinct requests of 600 digits each. Before the
 * speech cache was bounded this added 95 MB to the data folder (docs/hardening.md); now each is refused.
 * The largest requests still allowed cannot take the folder past {@code kiosk.speech.cache-max-size}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kiosk.speech.warm-up=false", "kiosk.speech.cache-max-size=20MB", "kiosk.venue-id=disk-attack"})
class SpeechDiskAttackTest {

    static final Path DATA = Path.of("target", "speech-attack-" + System.nanoTime());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kiosk.data-dir", () -> DATA.toAbsolutePath().toString());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private List<Integer> attack(int digitsEach, Random random) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < digitsEach; d++) {
                digits.append(random.nextInt(10));
            }
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/speech/audio?text=" + digits))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
            statuses.add(r.statusCode());
        }
        return statuses;
    }

    private static long cacheBytes() throws IOException {
        Path folder = DATA.resolve("speech-cache");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    @Test
    void twenty_requests_of_600_digits_add_nothing_and_the_largest_allowed_stay_within_the_limit() throws Exception {
        long start = System.nanoTime();
        List<Integer> refused = attack(600, new Random(20));
        long afterRefused = cacheBytes();
        System.out.printf(
                "ATTACK 20 x 600 digits: statuses %s, disk growth %d bytes in %d ms%n",
                refused, afterRefused, (System.nanoTime() - start) / 1_000_000);
        assertThat(refused).containsOnly(413);
        assertThat(afterRefused).isZero();

        start = System.nanoTime();
        List<Integer> allowed = attack(190, new Random(190));
        long afterAllowed = cacheBytes();
        System.out.printf(
                "ATTACK 20 x 190 digits (just under 200 spoken words): statuses %s, disk growth %d bytes in %d ms%n",
                allowed, afterAllowed, (System.nanoTime() - start) / 1_000_000);
        assertThat(allowed).containsOnly(200);
        assertThat(afterAllowed).isPositive().isLessThanOrEqualTo(20L * 1024 * 1024);
    }
}
