package org.dropinkiosk.speech;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kiosk.speech.warm-up=false")
class SpeechDiskAttackTest {

    static final Path DATA = Path.of("target", "speech-attack-" + System.nanoTime());

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kiosk.data-dir", () -> DATA.toAbsolutePath().toString());
    }

    @LocalServerPort
    int port;

    @Test
    void twenty_requests_of_600_digits() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(20);
        long start = System.nanoTime();
        StringBuilder statuses = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < 600; d++) {
                digits.append(random.nextInt(10));
            }
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/speech/audio?text=" + digits)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            statuses.append(r.statusCode()).append(' ');
        }
        long bytes;
        try (Stream<Path> files = Files.walk(DATA.resolve("speech-cache"))) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            bytes = 0;
        }
        System.out.println("ATTACK: statuses " + statuses + " disk growth " + bytes + " bytes in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
