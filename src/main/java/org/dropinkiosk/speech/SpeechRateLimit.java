package org.dropinkiosk.speech;

import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Speech requests per client (its address; X-Forwarded-For is not trusted), so one machine on the
 * network cannot keep the voices busy. A refused request gets 429 and one plain sentence.
 */
@Component
class SpeechRateLimit implements HandlerInterceptor {

    /** Clients remembered at once: a venue has a few kiosks and phones; the least recently seen go first. */
    static final int MAX_CLIENTS = 1_000;

    private final int perMinute;
    private final int burst;
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    SpeechRateLimit(SpeechSettings settings) {
        this.perMinute = settings.requestsPerMinute();
        this.burst = settings.requestBurst();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (bucket(request.getRemoteAddr()).tryConsume(1)) {
            return true;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", "10");
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("Too many speech requests from this computer. Try again in a minute.");
        return false;
    }

    private synchronized Bucket bucket(String client) {
        return buckets.computeIfAbsent(
                client,
                c -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build());
    }
}
