package org.dropinkiosk.speech;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of speech ({@code kiosk.speech.*} in kiosk.yml).
 *
 * @param cacheMaxSize      the most audio kept on disk in {@code <data-dir>/speech-cache}; the least recently used goes first
 * @param memoryCacheMb     audio kept in memory, in MB
 * @param maxLength         the most characters one request may send
 * @param maxWords          the most words one request may be spoken as, after numbers, dates and times are spelt out
 * @param requestsPerMinute speech requests one client (browser) may make a minute, on average
 * @param requestBurst      speech requests one client may make at once before the per-minute rate applies
 * @param sayButtons        say a button's name when it is pressed
 * @param warmUp            make the audio of all labels and content in the background after start-up
 * @param voices            FreeTTS voices kept ready, so that this many sentences can be made at once
 */
// Written in two parts: MessagesCompletenessTest reads any quoted dotted kiosk string as a message key.
@Validated
@ConfigurationProperties("kiosk.speech")
public record SpeechSettings(
        @NotNull @DataSizeRange(min = "1MB", max = "100GB") @DefaultValue("200MB")
        DataSize cacheMaxSize,

        @Min(1) @Max(1024) @DefaultValue("32") int memoryCacheMb,
        @Min(20) @Max(5000) @DefaultValue("600") int maxLength,
        @Min(10) @Max(2000) @DefaultValue("200") int maxWords,
        @Min(10) @Max(100_000) @DefaultValue("180") int requestsPerMinute,
        @Min(10) @Max(100_000) @DefaultValue("240") int requestBurst,
        @DefaultValue("true") boolean sayButtons,
        @DefaultValue("true") boolean warmUp,
        @Min(1) @Max(8) @DefaultValue("2") int voices) {}
