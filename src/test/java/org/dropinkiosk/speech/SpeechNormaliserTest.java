package org.dropinkiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real sentences from the venue's newsletter (shared/seed) and notices, and what the voice should say. */
class SpeechNormaliserTest {

    private final SpeechNormaliser normaliser =
            new SpeechNormaliser(Lexicon.of(Map.of("Gloucestershire", "Gloster sheer")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The coffee morning is on Thursday 22nd December at 11:00 am | The coffee morning is on Thursday the twenty-second of December at eleven o'clock in the morning
            The network meeting is on Wednesday 11th January at 12:30pm | The network meeting is on Wednesday the eleventh of January at half past twelve in the afternoon
            Doors open at 9.15am and close at 4:45 pm.                  | Doors open at quarter past nine in the morning and close at quarter to five in the afternoon.
            The quiz starts at 7pm.                                     | The quiz starts at seven o'clock in the evening.
            Lunch is at 12:00pm.                                        | Lunch is at twelve o'clock midday.
            The bus leaves at 14:05.                                    | The bus leaves at five past two in the afternoon.
            We look forward to seeing you again in 2023.                | We look forward to seeing you again in twenty twenty-three.
            It started in 2005.                                         | It started in two thousand and five.
            Come on December 1st.                                       | Come on December the first.
            She came 3rd.                                               | She came third.
            The trip costs £5.                                          | The trip costs five pounds.
            Tea is £1.50 or 80p.                                        | Tea is one pound and fifty pence or eighty pence.
            We raised £1,250 for the group.                             | We raised one thousand two hundred and fifty pounds for the group.
            There were 105 people and 21 groups.                        | There were one hundred and five people and twenty-one groups.
            Half of them, 50%, said yes.                                | Half of them, fifty percent, said yes.
            It is 2.5 miles away.                                       | It is two point five miles away.
            Call us on 01452 123456.                                    | Call us on oh one four five two one two three four five six.
            They told us that co-production means working together, like self advocacy groups working with the NHS. | They told us that co production means working together, like self advocacy groups working with the N H S.
            Kayleigh led a sing-a-long.                                 | Kayleigh led a sing a long.
            Bring something to eat, e.g. cake or fruit.                 | Bring something to eat, for example cake or fruit.
            Ask your GP i.e. your doctor.                               | Ask your G P that is your doctor.
            Fill in our survey: https://forms.office.com/e/jJXV4g3HK0   | Fill in our survey: the link on the screen
            See www.riverside.org.uk for more.                          | See the link on the screen for more.
            Write to hello@riverside.org.uk today.                      | Write to the email address on the screen today.
            Simon works in Gloucestershire to make health better.       | Simon works in Gloster sheer to make health better.
            Fish & chips 🐟 tonight! 🎉                                 | Fish and chips tonight!
            Please let them know if things need to change! 👍🏽          | Please let them know if things need to change!
            Everyone’s ideas should be listened to.                     | Everyone's ideas should be listened to.
            Tea, coffee etc. are free.                                  | Tea, coffee and so on are free.
            Dr Patel is here at 10:30.                                  | Doctor Patel is here at half past ten.
            We meet at 7 p.m. on Tuesdays.                              | We meet at seven o'clock in the evening on Tuesdays.
            The café opens at 8 a.m.                                    | The café opens at eight o'clock in the morning.
            """)
    void says_it_as_a_person_would(String written, String spoken) {
        assertThat(normaliser.normalise(written)).isEqualTo(spoken);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1    | one
            13   | thirteen
            40   | forty
            99   | ninety-nine
            100  | one hundred
            101  | one hundred and one
            1000 | one thousand
            1001 | one thousand and one
            1999 | nineteen ninety-nine
            2000000 | two million
            """)
    void numbers_in_words(String written, String spoken) {
        assertThat(normaliser.normalise(written)).isEqualTo(spoken);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | first
            2  | second
            3  | third
            12 | twelfth
            20 | twentieth
            22 | twenty-second
            31 | thirty-first
            """)
    void ordinals_in_words(long n, String spoken) {
        assertThat(NumberWords.ordinal(n)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            They always ask another self advocacy group. Engagement is when decisions have already been made.
            """)
    void plain_sentences_stay_as_they_are(String written) {
        assertThat(normaliser.normalise(written)).isEqualTo(written);
    }

    @Test
    void a_word_broken_over_two_lines_is_joined_again() {
        assertThat(normaliser.normalise("but this is not co-\nproduction. Kayleigh led a sing-a-\nlong."))
                .isEqualTo("but this is not co production. Kayleigh led a sing a long.");
    }
}
