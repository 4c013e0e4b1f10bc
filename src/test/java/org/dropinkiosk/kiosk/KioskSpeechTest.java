package org.dropinkiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Browserless: the speech bridge: what a screen asks the browser to say arrives with the server's sentences. */
@SpringBootTest
class KioskSpeechTest extends SpringBrowserlessTest {

    private UI ui;

    @BeforeEach
    void current() {
        ui = UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations(); // what the UI itself sent on opening
    }

    @Test
    void say_sends_the_words_and_their_sentences_to_the_script() {
        Div screen = new Div();
        ui.add(screen);
        KioskSpeech.say(screen, "Dr. Patel is here. Tea is at 10.30! Come in.");
        List<PendingJavaScriptInvocation> sent = ui.getInternals().dumpPendingJavaScriptInvocations();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getInvocation().getExpression()).contains("kioskSpeech.say(");
        assertThat(sent.getFirst().getInvocation().getParameters())
                .containsExactly(
                        "Dr. Patel is here. Tea is at 10.30! Come in.",
                        "Dr. Patel is here.\nTea is at 10.30!\nCome in.");
    }

    @Test
    void nothing_is_said_for_a_screen_not_shown_or_for_no_words() {
        KioskSpeech.say(new Div(), "Hello.");
        Div shown = new Div();
        ui.add(shown);
        KioskSpeech.say(shown, "  ");
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations()).isEmpty();
    }

    @Test
    void buttons_and_blocks_carry_what_they_say() {
        NativeButton card = new NativeButton("Q");
        KioskSpeech.speakable(card, "Quinn");
        Div block = new Div();
        KioskSpeech.readAs(block, "A cup. Tea is ready.");
        NativeButton listen = new NativeButton("Listen");
        KioskSpeech.listenButton(listen);
        assertThat(card.getElement().getAttribute("data-say")).isEqualTo("Quinn");
        assertThat(block.getElement().getAttribute("data-read")).isEqualTo("A cup. Tea is ready.");
        assertThat(listen.getElement().getAttribute("data-action")).isEqualTo("listen");
    }

    @Test
    void preferences_go_to_the_script() {
        KioskSpeech.preferences(ui, true, false);
        List<PendingJavaScriptInvocation> sent = ui.getInternals().dumpPendingJavaScriptInvocations();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getInvocation().getExpression()).contains("kioskSpeech.setPreferences(");
        assertThat(sent.getFirst().getInvocation().getParameters()).containsExactly(true, false);
    }
}
