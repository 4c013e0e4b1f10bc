package org.dropinkiosk.speech;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** "speech" in /actuator/health: UP, or DOWN with when and why the last phrase could not be made (details for staff only). */
@Component
class SpeechHealthIndicator implements HealthIndicator {

    private final SpeechService speech;

    SpeechHealthIndicator(SpeechService speech) {
        this.speech = speech;
    }

    @Override
    public Health health() {
        Health.Builder health = speech.failing().isPresent() ? Health.down() : Health.up();
        // No counters: how many phrases were made would tell whether a sentence was said before.
        speech.lastFailure().ifPresent(f -> health.withDetail("lastFailure", f.at() + ": " + f.reason()));
        return health.build();
    }
}
