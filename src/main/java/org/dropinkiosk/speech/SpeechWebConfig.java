package org.dropinkiosk.speech;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the rate limit in front of the requests that make audio. */
@Configuration
class SpeechWebConfig implements WebMvcConfigurer {

    private final SpeechRateLimit rateLimit;

    SpeechWebConfig(SpeechRateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimit).addPathPatterns("/speech/audio", "/speech/timings", "/speech/sentences");
    }
}
