package org.dropinkiosk.ratings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.dropinkiosk.config.Advice;
import org.dropinkiosk.config.MostWords;

/**
 * One picture choice offered after GOOD or BAD, such as "Words we did not understand". The rules are those of
 * questions.yml.
 *
 * @param id      short stable id, stored with the answer when picked
 * @param text    the choice as shown and read aloud
 * @param picture a symbol name or {@code pictures/<file>}
 */
public record FollowUp(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "config.allowed.id")
        String id,

        @NotBlank @Size(max = 60) @MostWords(value = 8, payload = Advice.class)
        String text,

        String picture) {}
