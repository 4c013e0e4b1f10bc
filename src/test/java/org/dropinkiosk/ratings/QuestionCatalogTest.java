package org.dropinkiosk.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.ConfigProblems;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.TestConfigStore;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.speech.PhrasesChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;

/** questions.yml: the default sets, plain mistakes with their line, and the last good questions kept. */
class QuestionCatalogTest {

    @TempDir
    Path dir;

    final ConfigProblems problems = new ConfigProblems();
    final List<Object> events = new ArrayList<>();

    ConfigStore store;

    QuestionCatalog catalog(Path configDir) {
        KioskSettings settings = TestConfigStore.settings(configDir, dir.resolve("data"));
        StaticMessageSource words = new StaticMessageSource();
        words.addMessage("ratings.said.good", Locale.UK, "You said GOOD. Thank you.");
        store = TestConfigStore.in(configDir, problems, events::add);
        QuestionCatalog catalog =
                new QuestionCatalog(store, new PictureResolver(settings), events::add, new Messages(words, settings));
        events.clear();
        return catalog;
    }

    @Test
    void the_default_questions_ask_about_co_production_and_today_in_two_sets() {
        QuestionCatalog catalog = catalog(Path.of("kiosk-config"));
        assertThat(catalog.sets())
                .extracting(QuestionSet::title)
                .containsExactly("Working together with the NHS", "Today");
        assertThat(catalog.set("nhs").orElseThrow().questions())
                .extracting(Question::text)
                .containsExactly(
                        "Were you paid for your time?",
                        "Were you part of it from the start to the finish?",
                        "Did people use words you understand?",
                        "Did everyone listen to you?",
                        "Were you asked before decisions were made?",
                        "How was today?");
        assertThat(problems.all()).isEmpty();
        assertThat(catalog.phrases())
                .contains("How was today?", "Did you feel welcome?", "Today", "You said GOOD. Thank you.");
    }

    @Test
    void the_default_questions_ask_what_was_bad_in_the_newsletter_words() {
        QuestionCatalog catalog = catalog(Path.of("kiosk-config"));
        List<Question> nhs = catalog.set("nhs").orElseThrow().questions();
        assertThat(nhs)
                .flatExtracting(Question::ifBad)
                .extracting(FollowUp::text)
                .contains(
                        "We were not paid",
                        "They decided before asking us",
                        "Words we did not understand",
                        "Someone talked over us");
        assertThat(nhs).allSatisfy(q -> assertThat(q.ifBad()).hasSizeLessThanOrEqualTo(Question.MOST_FOLLOW_UPS));
        assertThat(nhs.getLast().ifBad()).as("How was today? runs straight on").isEmpty();
        assertThat(catalog.phrases()).contains("Someone talked over us");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void follow_up_mistakes_are_named_with_line_and_field_and_only_the_broken_choice_is_left_out() throws IOException {
        Files.writeString(dir.resolve("questions.yml"), """
                sets:
                  - id: today
                    title: Today
                    questions:
                      - id: how
                        text: How was today?
                        if-bad:
                          - id: cold
                            text: The room was cold
                            picture: sun
                          - id: cold
                            text: Cold again
                          - id: Loud Room
                            text: Too loud
                          - id: no-words
                            picture: talk
                          - id: odd-picture
                            text: Odd picture
                            picture: no-such-picture
                          - id: long
                            text: This choice has far too many words to read in one go
                      - id: fun
                        text: Was it fun?
                        if-good: yes
                      - id: many
                        text: Was the tea nice?
                        if-bad:
                          - {id: a, text: A}
                          - {id: b, text: B}
                          - {id: c, text: C}
                          - {id: d, text: D}
                          - {id: e, text: E}
                          - {id: f, text: F}
                          - {id: g, text: G}
                """);
        QuestionCatalog catalog = catalog(dir);
        List<Question> questions = catalog.set("today").orElseThrow().questions();
        assertThat(questions).extracting(Question::id).containsExactly("how", "fun", "many");
        assertThat(questions.get(0).ifBad()).extracting(FollowUp::id).containsExactly("cold", "odd-picture", "long");
        assertThat(questions.get(0).ifBad().get(1).picture()).isEqualTo("talk");
        assertThat(questions.get(1).ifGood()).isEmpty();
        assertThat(questions.get(2).ifBad()).extracting(FollowUp::id).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(problems.all()).allSatisfy(p -> assertThat(p.file()).isEqualTo("questions.yml"));
        assertThat(problems.all())
                .extracting(ConfigProblem::line, ConfigProblem::field)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(11, "id"),
                        Tuple.tuple(13, "id"),
                        Tuple.tuple(15, "text"),
                        Tuple.tuple(19, "picture"),
                        Tuple.tuple(21, "text"),
                        Tuple.tuple(24, "if-good"),
                        Tuple.tuple(34, "if-bad"));
        assertThat(problems.all())
                .filteredOn(p -> p.line() == 11)
                .singleElement()
                .satisfies(p -> assertThat(p.sentence()).contains("'cold' is used twice"));
        assertThat(problems.all())
                .filteredOn(p -> p.line() == 34)
                .singleElement()
                .satisfies(p -> assertThat(p.sentence()).contains("more than 6 choices"));
    }

    @Test
    void a_broken_file_is_named_with_its_line_and_the_last_good_questions_stay() throws IOException {
        Path file = dir.resolve("questions.yml");
        Files.writeString(file, """
                sets:
                  - id: today
                    title: Today
                    questions:
                      - id: how
                        text: How was today?
                        picture: today
                """);
        QuestionCatalog catalog = catalog(dir);
        assertThat(catalog.set("today").orElseThrow().questions()).hasSize(1);

        Files.writeString(file, """
                sets:
                  - id: today
                    title: Today
                    questions:
                      - id: how
                       text: How was today?
                """);
        store.changed("questions.yml");
        assertThat(events).as("nothing new to say").isEmpty();

        assertThat(catalog.set("today").orElseThrow().questions())
                .extracting(Question::text)
                .containsExactly("How was today?");
        assertThat(problems.all())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("questions.yml"));
        assertThat(problems.all()).extracting(ConfigProblem::line).anyMatch(line -> line >= 5);
    }

    @Test
    void a_question_with_a_mistake_is_left_out_and_the_others_are_used() throws IOException {
        Files.writeString(dir.resolve("questions.yml"), """
                sets:
                  - id: today
                    title: Today
                    picture: today
                    questions:
                      - id: how
                        text: How was today?
                        not-sure: no
                      - id: Bad Id
                        text: Was it fun?
                      - id: pic
                        text: Did you like the room?
                        picture: no-such-picture
                """);
        QuestionCatalog catalog = catalog(dir);
        List<Question> questions = catalog.set("today").orElseThrow().questions();
        assertThat(questions).extracting(Question::id).containsExactly("how", "pic");
        assertThat(questions.get(0).notSure()).isFalse();
        assertThat(questions.get(1).picture()).isEqualTo("talk");
        assertThat(problems.all())
                .extracting(ConfigProblem::line, ConfigProblem::field)
                .contains(Tuple.tuple(9, "id"), Tuple.tuple(13, "picture"));
    }

    @Test
    void a_missing_file_leaves_no_questions_and_no_mistake_as_every_missing_file() {
        QuestionCatalog catalog = catalog(dir);
        assertThat(catalog.sets()).isEmpty();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void a_mended_file_is_used_and_speech_hears_of_it() throws IOException {
        QuestionCatalog catalog = catalog(dir);
        Files.writeString(
                dir.resolve("questions.yml"),
                "sets:\n  - id: today\n    title: Today\n    questions:\n"
                        + "      - id: how\n        text: How was today?\n");
        store.changed("questions.yml");
        catalog.onChanged(new ConfigChanged("questions.yml"));
        assertThat(catalog.sets()).extracting(QuestionSet::title).containsExactly("Today");
        assertThat(events).contains(new ConfigChanged("questions.yml"), new PhrasesChanged("ratings"));
    }
}
