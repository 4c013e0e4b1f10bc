package org.dropinkiosk.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The clock face shows the time with its hands and says it in words for those who cannot see it. */
class ClockFaceTest {

    @Test
    void at_half_past_12_the_minute_hand_points_straight_down_and_the_hour_hand_just_past_12() {
        String svg = ClockFace.svg(LocalTime.of(12, 30), "A clock showing half past 12");
        // minute hand: from the centre (100,100) straight down, 52 long
        assertThat(svg).contains("x1=\"100.0\" y1=\"100.0\" x2=\"100.0\" y2=\"152.0\" stroke=\"#0b3b7a\"");
        // hour hand: 15 degrees past 12
        assertThat(svg).contains("x2=\"109.3\" y2=\"65.2\" stroke=\"#111111\" stroke-width=\"14\"");
    }

    @Test
    void at_11_oclock_the_minute_hand_points_up_and_the_hour_hand_at_11() {
        String svg = ClockFace.svg(LocalTime.of(11, 0), "x");
        assertThat(svg).contains("x2=\"100.0\" y2=\"48.0\" stroke=\"#0b3b7a\"");
        assertThat(svg).contains("x2=\"82.0\" y2=\"68.8\" stroke=\"#111111\" stroke-width=\"14\"");
    }

    @Test
    void the_clock_has_a_text_alternative_and_escapes_it() {
        String svg = ClockFace.svg(LocalTime.of(11, 0), "11 o'clock <morning>");
        assertThat(svg)
                .contains("role=\"img\"")
                .contains("aria-label=\"11 o&#39;clock &lt;morning&gt;\"")
                .contains("<title>");
    }
}
