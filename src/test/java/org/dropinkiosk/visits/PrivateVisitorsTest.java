package org.dropinkiosk.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Visitors who never show their name are found by the whole name typed; everyone's choices are kept. */
@SpringBootTest
class PrivateVisitorsTest {

    @Autowired
    VisitService visits;

    @Autowired
    VisitorPreferences preferences;

    @Autowired
    VisitRetention retention;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM visit").update();
        jdbc.sql("DELETE FROM visitor").update();
    }

    private Visitor hidden(String name, String symbol) {
        return visits.registerAndSignIn(new NewVisitor(name, symbol, "none", false, false, false));
    }

    @Test
    void only_hidden_visitors_of_the_whole_name_typed_are_found_in_any_case() {
        Visitor fish = hidden("Quinn", "fish");
        Visitor cat = hidden("Quinn", "cat");
        visits.registerAndSignIn(new NewVisitor("Quinn", "star", "none", true, false, false));
        hidden("Quinnie", "sun");

        assertThat(visits.privateVisitorsNamed("qUINN"))
                .extracting(Visitor::id)
                .containsExactlyInAnyOrder(fish.id(), cat.id());
        assertThat(visits.privateVisitorsNamed("Qui"))
                .as("a beginning finds nobody")
                .isEmpty();
        assertThat(visits.privateVisitorsNamed("<b>Quinn</b>")).isEmpty();
        assertThat(visits.privateVisitorsNamed("")).isEmpty();
    }

    @Test
    void the_one_who_came_most_recently_is_asked_about_first() {
        Visitor fish = hidden("Quinn", "fish");
        Visitor cat = hidden("Quinn", "cat");
        jdbc.sql("UPDATE visit SET visit_date = ? WHERE visitor_id = ?")
                .params(LocalDate.of(2020, 1, 1), cat.id())
                .update();
        assertThat(visits.privateVisitorsNamed("Quinn"))
                .extracting(Visitor::symbol)
                .containsExactly("fish", "cat");
        jdbc.sql("UPDATE visit SET visit_date = ? WHERE visitor_id = ?")
                .params(LocalDate.of(2019, 1, 1), fish.id())
                .update();
        assertThat(visits.privateVisitorsNamed("Quinn"))
                .extracting(Visitor::symbol)
                .containsExactly("cat", "fish");
    }

    @Test
    void no_more_are_offered_than_kiosk_visits_private_matches() {
        for (String symbol : new String[] {"sun", "star", "flower", "tree", "cat", "dog", "fish", "bird"}) {
            hidden("Sam", symbol);
        }
        assertThat(visits.privateVisitorsNamed("Sam")).hasSize(6);
    }

    @Test
    void every_preference_is_kept_for_a_hidden_visitor_and_read_back() {
        Visitor quinn = visits.registerAndSignIn(
                new NewVisitor("Quinn", "fish", "none", false, true, false), Preferences.of(true, true));
        assertThat(preferences.of(quinn.id())).contains(Preferences.of(true, true));

        preferences.keep(quinn.id(), Preferences.NONE.with(Preference.SLOWER_SPEECH, false));
        assertThat(preferences.of(quinn.id())).contains(Preferences.of(false, true));
    }

    @Test
    void every_preference_has_its_column_and_is_read() {
        Visitor ada = hidden("Ada", "sun");
        // Switch scanning and its speed are NULL until chosen (the venue's default); the others have a default.
        assertThat(preferences.of(ada.id()).orElseThrow().values())
                .containsOnlyKeys(Preference.SLOWER_SPEECH, Preference.READ_ALOUD);
        Preferences all = Preferences.of(true, false)
                .with(Preference.SCANNING, "two-switch")
                .with(Preference.SCAN_INTERVAL, "3000");
        preferences.keep(ada.id(), all);
        assertThat(preferences.of(ada.id())).contains(all);
        assertThat(all.values()).containsOnlyKeys(Preference.values());
    }

    @Test
    void a_scanning_speed_is_a_whole_number_of_milliseconds_in_the_venue_range() {
        assertThat(Preference.SCAN_INTERVAL.allows("500")).isTrue();
        assertThat(Preference.SCAN_INTERVAL.allows("5000")).isTrue();
        for (String odd : new String[] {"499", "5001", "01500", "1e3", "-1500", "1500.0", " 1500", "", "99999999999"}) {
            assertThat(Preference.SCAN_INTERVAL.allows(odd)).as(odd).isFalse();
        }
        assertThat(Preference.SCANNING.allows("one-switch")).isTrue();
        assertThat(Preference.SCANNING.allows("three-switch")).isFalse();
    }

    @Test
    void values_that_are_not_allowed_are_never_kept() {
        Preferences odd = new Preferences(Map.of(Preference.SLOWER_SPEECH, "maybe", Preference.READ_ALOUD, "true"));
        assertThat(odd.values()).containsOnlyKeys(Preference.READ_ALOUD);
        assertThat(Preference.byBrowserName("slower")).contains(Preference.SLOWER_SPEECH);
        assertThat(Preference.byBrowserName("slower_speech; DROP TABLE visitor"))
                .isEmpty();
    }

    @Test
    void erasing_a_hidden_visitor_removes_their_choices() {
        Visitor quinn = visits.registerAndSignIn(
                new NewVisitor("Quinn", "fish", "none", false, true, true),
                Preferences.of(true, true)
                        .with(Preference.SCANNING, "one-switch")
                        .with(Preference.SCAN_INTERVAL, "2000"));
        assertThat(preferences.of(quinn.id()).orElseThrow().values()).containsEntry(Preference.SCAN_INTERVAL, "2000");
        retention.erase(quinn.id());
        assertThat(preferences.of(quinn.id())).isEmpty();
        assertThat(visits.privateVisitorsNamed("Quinn")).isEmpty();
    }
}
