package org.dropinkiosk.speech;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dropinkiosk.journeys.KioskBrowser;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Speech figures, not a test: ./mvnw -B -o verify -Pbench -Dit.test=SpeechBenchmark
 * Prints and writes target/benchmarks/speech.md.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.idle-timeout=30m",
            "kiosk.speech.requests-per-minute=100000",
            "kiosk.speech.request-burst=100000"
        })
class SpeechBenchmark {

    private static final int TAPS = 200;
    private static final String SENTENCE =
            "Meeting %d is for everyone who wants to talk about health, and we will share tea, cake and ideas "
                    + "with the group before lunch.";
    /**
     * Milliseconds from a start to the speech element's {@code playing}: with a selector, a tap on that element
     * (the kiosk's own speech script answers it); with a src, the limit: the element told to play that static
     * file straight away, no kiosk script between. Gives up after 10 s instead of waiting for ever.
     */
    private static final String TAP = """
            async ({selector, src}) => {
              const audio = document.getElementById('kiosk-speech-audio');
              window.kioskSpeech.stop();
              return await new Promise((resolve, reject) => {
                const giveUp = setTimeout(() => reject(new Error('no playing within 10 s for ' + (selector || src))), 10000);
                const playing = () => { clearTimeout(giveUp); audio.removeEventListener('playing', playing); resolve(performance.now() - t0); };
                audio.addEventListener('playing', playing);
                const t0 = performance.now();
                if (selector) {
                  document.querySelector(selector).click();
                } else {
                  audio.src = src;
                  audio.play().catch((e) => reject(e));
                }
              });
            }
            """;

    private static double tap(Page page, String selector) {
        return ((Number) page.evaluate(TAP, Map.of("selector", selector))).doubleValue();
    }

    private static double play(Page page, String staticFile) {
        return ((Number) page.evaluate(TAP, Map.of("src", staticFile))).doubleValue();
    }

    @LocalServerPort
    int port;

    @Autowired
    SpeechEngine engine;

    @Autowired
    SpeechNormaliser normaliser;

    @Test
    void speech_figures() throws Exception {
        List<String> lines = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println("[speech benchmark] " + line);
                return super.add(line);
            }
        };
        lines.add("# Speech benchmark");
        lines.add("");
        lines.add("Command: `./mvnw -B -o verify -Pbench -Dit.test=SpeechBenchmark` ("
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.version") + ")");
        lines.add("");

        // 1. The first phrase after start-up: a new phrase, while the warm-up is still running.
        long t0 = System.nanoTime();
        HttpResponse<byte[]> first = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/speech/audio?text="
                                        + URLEncoder.encode(
                                                "Welcome. This is the first phrase after start-up.",
                                                StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        double firstMs = (System.nanoTime() - t0) / 1e6;
        lines.add(String.format(
                Locale.ROOT,
                "- First phrase after start-up (HTTP, not cached, warm-up running): %.0f ms (status %d)",
                firstMs,
                first.statusCode()));

        // 2. Real-time factor: time to synthesise / length of the audio.
        long synth = 0;
        long audio = 0;
        for (int i = 0; i < 30; i++) {
            String text = normaliser.normalise(String.format(SENTENCE, 5000 + i));
            long s = System.nanoTime();
            Speech speech = engine.synthesise(text, 140);
            synth += System.nanoTime() - s;
            audio += speech.millis();
        }
        lines.add(String.format(
                Locale.ROOT,
                "- Synthesis real-time factor (30 sentences of about 25 words): %.4f (%.0f ms of work for %.1f s of speech)",
                synth / 1e6 / audio,
                synth / 1e6,
                audio / 1000.0));

        // 3. Tap to `playing` in Chromium.
        Browser browser = KioskBrowser.get();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/help");
        page.waitForSelector(
                "#kiosk-speech-audio", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        page.waitForSelector(".kiosk-content p");
        double firstTap = tap(page, ".kiosk-content p");
        lines.add(String.format(
                Locale.ROOT, "- First tap on a sentence after start-up, to `playing`: %.0f ms", firstTap));
        List<Double> cached = new ArrayList<>();
        for (int i = 0; i < TAPS; i++) {
            cached.add(tap(page, ".kiosk-content p"));
        }
        // The limit: the same audio bytes served as a static file beside the kiosk's own pictures (removed again
        // below, so no build packs it), played by the same <audio> element from the same kind of tap.
        String spokenUrl = (String) page.evaluate("document.getElementById('kiosk-speech-audio').src");
        byte[] sameBytes = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(spokenUrl)).build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
        Path staticCopy = Path.of("target/classes/META-INF/resources/symbols/bench-limit-same-audio.wav");
        Files.createDirectories(staticCopy.getParent());
        Files.write(staticCopy, sameBytes);
        List<Double> staticPlays = new ArrayList<>();
        try {
            for (int i = 0; i < TAPS; i++) {
                staticPlays.add(play(page, "symbols/bench-limit-same-audio.wav"));
            }
        } finally {
            Files.delete(staticCopy);
        }
        page.evaluate(
                "() => { const p = document.createElement('p'); p.id = 'bench'; document.querySelector('.kiosk-content').appendChild(p); }");
        List<Double> uncached = new ArrayList<>();
        for (int i = 0; i < TAPS; i++) {
            page.evaluate(
                    "(t) => { document.getElementById('bench').textContent = t; }",
                    String.format(SENTENCE, 100_000 + i * 7 + (int) (System.nanoTime() % 7)));
            uncached.add(tap(page, "#bench"));
        }
        context.close();
        lines.add(String.format(
                Locale.ROOT,
                "- Tap on a sentence to `playing`, cached (%d taps): p50 %.0f ms, p95 %.0f ms (target p95 <= 80 ms)",
                TAPS,
                pct(cached, 50),
                pct(cached, 95)));
        lines.add(String.format(
                Locale.ROOT,
                "- Its limit, same run: a tap that plays the same audio (%d bytes) as a static file (%d taps): p50 %.0f ms, "
                        + "p95 %.0f ms; cached p95 is %.2fx the limit",
                sameBytes.length,
                TAPS,
                pct(staticPlays, 50),
                pct(staticPlays, 95),
                pct(cached, 95) / pct(staticPlays, 95)));
        lines.add(String.format(
                Locale.ROOT,
                "- Tap on a new 25-word sentence to `playing`, uncached (%d taps): p50 %.0f ms, p95 %.0f ms (target p95 <= 300 ms)",
                TAPS,
                pct(uncached, 50),
                pct(uncached, 95)));
        lines.add(String.format(
                Locale.ROOT,
                "- Uncached p95 is %.2fx the static-file limit",
                pct(uncached, 95) / pct(staticPlays, 95)));

        // 4. JMH (in this JVM: forks 0).
        var options = new OptionsBuilder()
                .include(SpeechJmh.class.getName())
                .forks(0)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .build();
        for (RunResult r : new Runner(options).run()) {
            var score = r.getPrimaryResult();
            lines.add(String.format(
                    Locale.ROOT,
                    "- JMH %s: %.1f ± %.1f %s",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""),
                    score.getScore(),
                    score.getScoreError(),
                    score.getScoreUnit()));
        }

        String report = String.join("\n", lines) + "\n";
        System.out.println(report);
        Path out = Path.of("target/benchmarks/speech.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static double pct(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
