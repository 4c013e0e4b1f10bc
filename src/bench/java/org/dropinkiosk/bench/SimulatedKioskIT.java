package org.dropinkiosk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmarks' simulated kiosk (decision 916) is only worth its figures if it really does what a
 * visitor at the screen does: one whole visitor over HTTP must land in the database exactly as the
 * browser journeys do, and a button that is not there must be an error, never a pass. Runs with the
 * benchmarks ({@code -Pbench}), never in the everyday build, which must not depend on Vaadin's internal
 * client protocol; after a Vaadin upgrade: {@code ./mvnw verify -Pbench -Dit.test=SimulatedKioskIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulatedKioskIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void one_simulated_visitor_signs_in_and_answers_a_whole_set_like_a_person_at_the_screen() throws Exception {
        long answersBefore =
                jdbc.sql("SELECT count(*) FROM answer").query(Long.class).single();
        SimulatedKiosk kiosk = new SimulatedKiosk("http://localhost:" + port).open("/");
        assertThat(kiosk.screenText()).contains("Sign in", "Tell us");

        SimulatedVisitors[] visitor = new SimulatedVisitors[1];
        visitor[0] = new SimulatedVisitors(kiosk, 7, 0, () -> visitor[0].rounds > 0 || !visitor[0].errors.isEmpty());
        visitor[0].run();

        assertThat(visitor[0].errors).isEmpty();
        assertThat(visitor[0].rounds).isEqualTo(1);
        // Kiosk 7, first visitor: "K" + "H" + "V" + "A", typed letter by letter.
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM visitor v JOIN visit s ON s.visitor_id = v.id WHERE upper(v.name) = 'KHVA'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM answer").query(Long.class).single() - answersBefore)
                .isEqualTo(6);
        assertThat(visitor[0].listens).hasSize(2).allMatch(ms -> ms > 0);
    }

    @Test
    void a_button_that_is_not_on_the_screen_is_an_error_not_a_pass() throws Exception {
        SimulatedKiosk kiosk = new SimulatedKiosk("http://localhost:" + port).open("/");
        assertThat(kiosk.tap("A button nobody made")).isNegative();
        assertThat(kiosk.tapId("kiosk-help")).isPositive();
        assertThat(kiosk.tapId("kiosk-help")).as("Help again changes nothing").isNegative();
        assertThat(kiosk.errors).hasSize(2);
        assertThat(kiosk.errors.get(0)).contains("no button 'A button nobody made'");
        assertThat(kiosk.errors.get(1)).contains("changed nothing");
    }
}
