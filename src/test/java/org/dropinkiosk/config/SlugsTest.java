package org.dropinkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void words_become_small_letters_digits_and_dashes_without_accents() {
        assertThat(Slugs.of("  Café Club: 2nd Tuesday! ")).isEqualTo("cafe-club-2nd-tuesday");
        assertThat(Slugs.of("O'Neill's group")).isEqualTo("o-neill-s-group");
        assertThat(Slugs.of("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.of("日本語")).isEmpty();
        assertThat(Slugs.of(null)).isEmpty();
    }

    @Test
    void a_long_slug_is_cut_and_never_ends_in_a_dash() {
        String slug = Slugs.of("a".repeat(39) + " b and more words");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MOST_LETTERS).doesNotEndWith("-");
        assertThat(Slugs.of("x".repeat(10_000))).hasSize(Slugs.MOST_LETTERS);
    }

    @Test
    void a_taken_id_gets_the_next_free_number_and_an_empty_one_the_fallback() {
        Set<String> taken = new HashSet<>(Set.of("coffee", "coffee-2"));
        assertThat(Slugs.free("coffee", "group", taken)).isEqualTo("coffee-3");
        assertThat(Slugs.free("", "group", taken)).isEqualTo("group");
        assertThat(Slugs.free("", "group", taken)).isEqualTo("group-2");
        String longest = "y".repeat(Slugs.MOST_LETTERS);
        taken.add(longest);
        assertThat(Slugs.free(longest, "group", taken))
                .hasSize(Slugs.MOST_LETTERS)
                .endsWith("-2");
    }
}
