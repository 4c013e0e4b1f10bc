package org.dropinkiosk.ratings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.dropinkiosk.config.Advice;
import org.dropinkiosk.config.ConfigFile;
import org.dropinkiosk.config.MostWords;

/** {@code kiosk-config/questions.yml}: the question sets, with the rules of each field. */
public record QuestionsFile(List<@NotNull @Valid SetEntry> sets) {

    public static final ConfigFile<QuestionsFile> FILE =
            ConfigFile.of("questions.yml", QuestionsFile.class, () -> new QuestionsFile(List.of()));

    public QuestionsFile {
        sets = sets == null ? List.of() : sets;
    }

    /** One set as the file writes it. */
    public record SetEntry(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "config.allowed.id")
            String id,

            @NotBlank @Size(max = 60) String title,
            String picture,
            @NotEmpty List<@NotNull @Valid QuestionEntry> questions) {

        public SetEntry {
            questions = questions == null ? List.of() : questions;
        }
    }

    /** One question as the file writes it; {@code not-sure} left out means "Not sure" is offered. */
    public record QuestionEntry(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "config.allowed.id")
            String id,

            @NotBlank @Size(max = 150) @MostWords(value = 15, payload = Advice.class)
            String text,

            String picture,
            Boolean notSure,
            List<@NotNull @Valid FollowUp> ifBad,
            List<@NotNull @Valid FollowUp> ifGood) {

        public QuestionEntry {
            ifBad = ifBad == null ? List.of() : ifBad;
            ifGood = ifGood == null ? List.of() : ifGood;
        }
    }
}
