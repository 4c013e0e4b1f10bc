package org.dropinkiosk.speech;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** "speech" in /actuator/health: UP, or DOWN with when and why the last phrase could not be made. */
@Component
class SpeechHealthIndicator implements HealthIndicator {

    private final SpeechService speech;

    SpeechHealthIndicator(SpeechService speech) {
        this.speech = speech;
    }

    @Override
    public Health health() {
        Health.Builder health = speech.failing().isPresent() ? Health.down() : Health.up();
        health.withDetail("synthesised", speech.synthesised());
        speech.lastFailure().ifPresent(f -> health.withDetail("lastFailure", f.at() + ": " + f.reason()));
        return health.build();
    }
}
