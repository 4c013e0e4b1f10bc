package org.dropinkiosk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the kiosk said aloud, as the browser asked the speech endpoint for it ({@code speech/audio?text=...}):
 * the words a visitor heard, observed at the network, not at the script that asked.
 */
final class SpokenWords {

    private final Page page;
    private final List<String> said = new CopyOnWriteArrayList<>();

    private SpokenWords(Page page) {
        this.page = page;
    }

    static SpokenWords listen(Page page) {
        SpokenWords words = new SpokenWords(page);
        page.onRequest(request -> {
            URI uri = URI.create(request.url());
            if (uri.getPath() != null && uri.getPath().endsWith("/speech/audio") && uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    if (pair.startsWith("text=")) {
                        words.said.add(URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8));
                    }
                }
            }
        });
        return words;
    }

    List<String> all() {
        return List.copyOf(said);
    }

    /** Waits until a phrase containing {@code words} was asked for, or fails after the page's default timeout. */
    void waitFor(String words) {
        try {
            page.waitForCondition(
                    () -> said.stream().anyMatch(s -> s.contains(words)),
                    new Page.WaitForConditionOptions().setTimeout(20_000));
        } catch (PlaywrightException notSaid) {
            throw new AssertionError("The kiosk did not say \"" + words + "\"; it said " + said, notSaid);
        }
    }
}
