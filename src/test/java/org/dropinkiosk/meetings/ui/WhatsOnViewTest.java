package org.dropinkiosk.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDateTime;
import java.util.List;
import org.dropinkiosk.meetings.FixedClock;
import org.dropinkiosk.meetings.Meeting;
import org.dropinkiosk.meetings.MeetingKind;
import org.dropinkiosk.meetings.Meetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Browserless: What's on at 9 in the morning of Thursday 3 December 2026. */
@SpringBootTest
@Import(FixedClock.class)
class WhatsOnViewTest extends SpringBrowserlessTest {

    @Autowired
    Meetings meetings;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        FixedClock.noMeetings(jdbc);
    }

    private void add(String title, MeetingKind kind, String start, String end, String rule) {
        meetings.save(new Meeting(
                0, "", title, kind, LocalDateTime.parse(start), LocalDateTime.parse(end), "the cafe", "", rule));
    }

    private List<String> sentences(MeetingCard card) {
        return find(Paragraph.class, card).all().stream()
                .map(Paragraph::getText)
                .toList();
    }

    @Test
    void a_card_says_the_day_the_time_the_place_and_how_far_away_in_sentences() {
        add(
                "Coffee morning",
                MeetingKind.COFFEE_MORNING,
                "2022-12-22T11:00",
                "2022-12-22T13:00",
                "FREQ=MONTHLY;BYDAY=4TH");
        WhatsOnView view = navigate(WhatsOnView.class);
        MeetingCard first = find(MeetingCard.class, view).all().get(0);
        assertThat(find(H2.class, first).single().getText()).isEqualTo("Coffee morning");
        assertThat(sentences(first))
                .containsExactly(
                        "Thursday 24 December.",
                        "11 o'clock in the morning.",
                        "It is in the cafe.",
                        "That is in 21 days.",
                        "Scan this with your phone.");
    }

    @Test
    void a_meeting_that_ended_this_morning_is_gone_and_one_later_today_says_today() {
        add("Breakfast club", MeetingKind.OTHER, "2026-12-03T07:00", "2026-12-03T08:30", "");
        add("Art group", MeetingKind.OTHER, "2026-12-03T12:30", "2026-12-03T14:00", "");
        WhatsOnView view = navigate(WhatsOnView.class);
        assertThat(view.getElement().getTextRecursively()).doesNotContain("Breakfast club");
        MeetingCard card = find(MeetingCard.class, view).single();
        assertThat(sentences(card)).contains("Half past 12 in the afternoon.", "That is today.");
    }

    @Test
    void the_clock_face_and_the_qr_code_have_text_alternatives() {
        add("Art group", MeetingKind.OTHER, "2026-12-04T12:30", "2026-12-04T14:00", "");
        MeetingCard card = find(MeetingCard.class, navigate(WhatsOnView.class)).single();
        String html = card.getElement()
                .getChildren()
                .map(c -> c.getProperty("innerHTML", "")
                        + c.getChildren()
                                .map(g -> g.getProperty("innerHTML", ""))
                                .reduce("", String::concat))
                .reduce("", String::concat);
        assertThat(html).contains("aria-label=\"A clock showing half past 12 in the afternoon\"");
        assertThat(html).contains("aria-label=\"A square code. Your phone can put this meeting in its calendar.\"");
        assertThat(sentences(card)).contains("That is tomorrow.");
    }

    @Test
    void no_more_than_four_cards_are_made() {
        add("Weekly", MeetingKind.OTHER, "2026-12-01T10:00", "2026-12-01T11:00", "FREQ=WEEKLY;BYDAY=TU");
        assertThat(find(MeetingCard.class, navigate(WhatsOnView.class)).all()).hasSize(4);
    }

    @Test
    void with_nothing_planned_a_friendly_sentence_says_so_and_who_to_ask() {
        WhatsOnView view = navigate(WhatsOnView.class);
        assertThat(find(MeetingCard.class, view).all()).isEmpty();
        assertThat(find(Paragraph.class, view).all())
                .extracting(Paragraph::getText)
                .containsExactly(
                        "No meetings are planned yet.", "Please ask a member of staff. They know what is coming up.");
    }
}
