package org.dropinkiosk.speech;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.dropinkiosk.config.ConfigFile;

/** {@code kiosk-config/pronunciations.yml}: how the voice says words it gets wrong. */
public record PronunciationsFile(List<@NotNull @Valid Entry> pronunciations) {

    public static final ConfigFile<PronunciationsFile> FILE =
            ConfigFile.of("pronunciations.yml", PronunciationsFile.class, () -> new PronunciationsFile(List.of()));

    public PronunciationsFile {
        pronunciations = pronunciations == null ? List.of() : pronunciations;
    }

    /** One word as it is written, and how to say it in plain letters. */
    public record Entry(
            @NotBlank String word,

            @NotBlank @Pattern(regexp = "[\\p{L}' -]{1,120}", message = "config.allowed.sayable")
            String say) {}
}
