package org.dropinkiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only errors thrown while Vaadin reads a request become one line; a bug in the kiosk's own code keeps its trace. */
class ForgedRequestLogTest {

    private static RuntimeException thrownAt(String... classes) {
        RuntimeException e = new RuntimeException("x");
        StackTraceElement[] frames = new StackTraceElement[classes.length];
        for (int i = 0; i < classes.length; i++) {
            frames[i] = new StackTraceElement(classes[i], "run", classes[i] + ".java", 1);
        }
        e.setStackTrace(frames);
        return e;
    }

    @Test
    void an_error_from_reading_the_request_is_the_requests_and_a_bug_in_a_view_is_not() {
        RuntimeException broken = thrownAt(
                "tools.jackson.databind.node.ArrayNode",
                "com.vaadin.flow.server.communication.ServerRpcHandler",
                "org.dropinkiosk.kiosk.SecurityHeaders");
        RuntimeException bug = thrownAt(
                "org.dropinkiosk.meetings.ui.WhatsOnView",
                "com.vaadin.flow.server.communication.ServerRpcHandler",
                "org.dropinkiosk.kiosk.SecurityHeaders");
        assertThat(ForgedRequestLog.fromTheRequest(ForgedRequestLog.ERROR_HANDLER, broken))
                .isTrue();
        assertThat(ForgedRequestLog.fromTheRequest(ForgedRequestLog.ERROR_HANDLER, bug))
                .isFalse();
        assertThat(ForgedRequestLog.fromTheRequest(
                        ForgedRequestLog.ERROR_HANDLER, new RuntimeException("wrapped", bug)))
                .isFalse();
        assertThat(ForgedRequestLog.fromTheRequest("com.vaadin.flow.server.communication.UidlRequestHandler", bug))
                .isTrue();
        assertThat(ForgedRequestLog.fromTheRequest("org.dropinkiosk.visits.VisitService", broken))
                .isFalse();
    }

    @Test
    void what_the_sender_wrote_stays_on_one_short_line() {
        assertThat(ForgedRequestLog.oneLine("a\r\nFAKE LOG LINE\u0000" + "z".repeat(500)))
                .doesNotContain("\n", "\r", "\u0000")
                .hasSizeLessThan(210);
    }
}
