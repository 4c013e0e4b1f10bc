package org.dropinkiosk.journeys;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Test-only screen with a text field whose typing is kept on the server, as a real sign-in screen would. */
@Route("test-typing")
@PageTitle("Typing test")
@AnonymousAllowed
class TypingTestView extends Div {

    TypingTestView() {
        TextField name = new TextField("Your name");
        Paragraph echo = new Paragraph();
        echo.setId("typed");
        NativeButton keep = new NativeButton("Keep my name", e -> echo.setText("You typed " + name.getValue()));
        keep.addClassName("kiosk-button");
        add(new H1("Type your name"), name, keep, echo);
    }
}
