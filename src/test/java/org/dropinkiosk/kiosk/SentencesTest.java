package org.dropinkiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one sentence splitter: what content shows as a sentence is what Listen reads and highlights as one. */
class SentencesTest {

    @Test
    void ends_at_full_stops_exclamation_and_question_marks() {
        assertThat(Sentences.split("Ask a person with a name badge. They are happy to help."))
                .containsExactly("Ask a person with a name badge.", "They are happy to help.");
        assertThat(Sentences.split("Is it raining? Bring a coat! We go at 2pm."))
                .containsExactly("Is it raining?", "Bring a coat!", "We go at 2pm.");
        assertThat(Sentences.split("Really?! Yes. Wait... It is here…  Come in."))
                .containsExactly("Really?!", "Yes.", "Wait...", "It is here…", "Come in.");
    }

    @Test
    void abbreviations_titles_and_initials_do_not_end_a_sentence() {
        assertThat(Sentences.split("Dr. Patel is here today. Mrs. Jones is not."))
                .containsExactly("Dr. Patel is here today.", "Mrs. Jones is not.");
        assertThat(Sentences.split("Bring food, e.g. Sandwiches or fruit. Thank you."))
                .containsExactly("Bring food, e.g. Sandwiches or fruit.", "Thank you.");
        assertThat(Sentences.split("Bring food, e.g. sandwiches, i.e. Something small."))
                .containsExactly("Bring food, e.g. sandwiches, i.e. Something small.");
        assertThat(Sentences.split("Ask J. Smith at the desk. She knows."))
                .containsExactly("Ask J. Smith at the desk.", "She knows.");
        // A small letter after a dot goes on the same sentence, whatever the word before.
        assertThat(Sentences.split("We meet at 10 a.m. and leave at noon."))
                .containsExactly("We meet at 10 a.m. and leave at noon.");
    }

    @Test
    void numbers_with_dots_stay_whole() {
        assertThat(Sentences.split("The bus comes at 10.30. Tea is £1.50. Version 2.0.1 is out."))
                .containsExactly("The bus comes at 10.30.", "Tea is £1.50.", "Version 2.0.1 is out.");
        assertThat(Sentences.split("We have 3. 4 more are coming."))
                .containsExactly("We have 3.", "4 more are coming.");
    }

    @Test
    void closing_quotes_and_brackets_stay_with_their_sentence() {
        assertThat(Sentences.split("She said \"Hello.\" Then she sat down."))
                .containsExactly("She said \"Hello.\"", "Then she sat down.");
        assertThat(Sentences.split("He said “Thank you!” We said ‘Good.’ (It was fun.) \"Next time?\" Yes."))
                .containsExactly("He said “Thank you!”", "We said ‘Good.’", "(It was fun.)", "\"Next time?\"", "Yes.");
    }

    @Test
    void a_line_break_is_a_space_and_an_empty_line_ends_a_sentence() {
        assertThat(Sentences.split("Come to the\ncafe on Monday.\r\nIt is free."))
                .containsExactly("Come to the cafe on Monday.", "It is free.");
        assertThat(Sentences.split("Tea and cake\n\nEveryone is welcome\n \n\nBring a friend"))
                .containsExactly("Tea and cake", "Everyone is welcome", "Bring a friend");
        assertThat(Sentences.split("  \n\t ")).isEmpty();
        assertThat(Sentences.split(null)).isEmpty();
    }

    @Test
    void emoji_stay_with_their_sentence_and_are_whole() {
        assertThat(Sentences.split("Great news! 🎉 Come along. 👍"))
                .containsExactly("Great news!", "🎉 Come along. 👍");
        assertThat(Sentences.split("We won! 🎉🎉")).containsExactly("We won! 🎉🎉");
        assertThat(Sentences.withWords("Party 🎉 today.").getFirst().words()).containsExactly("Party", "🎉", "today.");
    }

    @Test
    void words_are_what_the_highlight_marks_one_by_one() {
        assertThat(Sentences.withWords("Hello  there. Tea is at 11:00 am."))
                .containsExactly(
                        new Sentences.Sentence("Hello there.", List.of("Hello", "there.")),
                        new Sentences.Sentence("Tea is at 11:00 am.", List.of("Tea", "is", "at", "11:00", "am.")));
    }

    @Test
    void ten_thousand_characters_are_split_in_full_and_a_text_past_the_bound_is_cut() {
        String sentence = "Tea is ready in the big room now. "; // 34 characters
        String text = sentence.repeat(300).substring(0, 10_000);
        List<String> sentences = Sentences.split(text);
        assertThat(sentences).hasSize(295).endsWith("Tea");
        assertThat(String.join(" ", sentences)).isEqualTo(text.strip());

        String huge = sentence.repeat(Sentences.MAX_CHARS / sentence.length() + 1000);
        List<String> bounded = Sentences.split(huge);
        assertThat(String.join(" ", bounded).length()).isEqualTo(Sentences.MAX_CHARS);
        assertThat(bounded).hasSize(Sentences.MAX_CHARS / sentence.length() + 1);
    }

    @Test
    void a_sentence_longer_than_the_speech_server_takes_is_cut_at_a_space() {
        String words = "word ".repeat(300).strip(); // 1,499 characters, no full stop
        List<String> pieces = Sentences.split(words);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(Sentences.LONGEST));
        assertThat(String.join(" ", pieces)).isEqualTo(words);

        String emoji = "🎉".repeat(400); // one 800-character word of emoji: never cut between the halves of one
        assertThat(Sentences.split("A" + emoji))
                .allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1)))
                        .isFalse());
    }
}
