package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;
import org.dropinkiosk.staff.network.StaffNetwork;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The way into the staff area: a big PIN pad, or a password typed on a keyboard. */
@Route(value = "staff/login", autoLayout = false)
@PageTitle("Staff login")
@AnonymousAllowed
@StyleSheet("context://styles/staff.css")
class StaffLoginView extends Div implements BeforeEnterObserver {

    static final String SET_PIN = "./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.staff.SetPin";

    private final Messages messages;
    private final StaffLogin login;
    private final StaffIdle idle;
    private final AuthenticationContext authentication;
    private final StaffNetwork network;
    private final StringBuilder pin = new StringBuilder();
    private final Span dots = new Span();
    private final Span typedCount = new Span();
    private final Paragraph said = new Paragraph();
    private final Div said_block = new Div();
    private final Div pad = new Div();
    private final Div password = new Div();

    StaffLoginView(Messages messages, StaffLogin login, StaffIdle idle, AuthenticationContext authentication,
                   StaffNetwork network) {
        this.messages = messages;
        this.network = network;
        this.login = login;
        this.idle = idle;
        this.authentication = authentication;
        addClassName("staff-login");
        H1 title = new H1(messages.get("staff.login.title"));
        title.addClassName("staff-heading");
        BigButton home = new BigButton("homepage", messages.get("staff.login.back"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("/")));
        home.setId("staff-login-back");
        Div top = new Div(title, home);
        top.addClassName("staff-page-top");
        add(top);
        if (!login.pinIsSet()) {
            add(noPin());
            return;
        }
        said.setId("staff-login-message");
        said_block.add(Symbol.beside("key"), said);
        said_block.addClassNames("kiosk-block", "staff-said");
        said_block.getElement().setAttribute("role", "status");
        said.setText(messages.get("staff.login.type"));

        dots.addClassName("staff-pin-dots");
        dots.setId("staff-pin-dots");
        dots.getElement().setAttribute("aria-hidden", "true");
        typedCount.addClassName("staff-sr-only");
        typedCount.getElement().setAttribute("aria-live", "polite");
        showDots();
        pad.addClassName("staff-pin-pad");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            pad.add(digit(key));
        }
        NativeButton delete = new BigButton(messages.get("staff.login.delete"), e -> {
            if (!pin.isEmpty()) {
                pin.setLength(pin.length() - 1);
            }
            showDots();
        });
        delete.addClassName("staff-pin-key");
        delete.addClassName("staff-pin-delete");
        NativeButton ok = new BigButton(messages.get("staff.login.ok"), e -> tryLogin(pin.toString(), "PIN pad"));
        ok.addClassName("staff-pin-key");
        ok.addClassName("staff-pin-ok");
        pad.add(delete, digit("0"), ok);

        PasswordField typed = new PasswordField(messages.get("staff.login.password"));
        typed.setId("staff-password");
        typed.addClassName("staff-password");
        NativeButton go = new BigButton(messages.get("staff.login.password.go"),
                e -> tryLogin(typed.getValue(), "password"));
        go.addClassName("kiosk-button-small");
        typed.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> tryLogin(typed.getValue(), "password"));
        password.add(typed, go);
        password.addClassName("staff-password-row");

        Div padColumn = new Div(dots, typedCount, pad);
        padColumn.addClassName("staff-pin-column");
        Div side = new Div(said_block, password);
        side.addClassName("staff-login-side");
        Div body = new Div(padColumn, side);
        body.addClassName("staff-login-body");
        add(body);
        login.lockedUntil().ifPresent(until -> tell(lockedSentence(until), true));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(TodayView.class);
        }
    }

    private NativeButton digit(String key) {
        NativeButton b = new BigButton(key, e -> {
            if (pin.length() < 12) {
                pin.append(key);
            }
            showDots();
        });
        b.addClassName("staff-pin-key");
        return b;
    }

    private void showDots() {
        dots.setText(pin.isEmpty() ? messages.get("staff.login.empty") : "\u25CF ".repeat(pin.length()).trim());
        typedCount.setText(messages.get("staff.login.count", pin.length()));
    }

    private void tryLogin(String secret, String via) {
        pin.setLength(0);
        showDots();
        // over the staff network the audit trail gets the laptop's address too
        String where = network.describe(VaadinServletRequest.getCurrent().getHttpServletRequest(), via);
        switch (login.attempt(secret, where)) {
            case StaffLogin.Outcome.LoggedIn in -> enter(in);
            case StaffLogin.Outcome.Wrong wrong -> tell(messages.get("staff.login.wrong", wrong.triesLeft()), false);
            case StaffLogin.Outcome.Locked locked -> tell(lockedSentence(locked.until()), true);
            case StaffLogin.Outcome.NoPinSet none -> UI.getCurrent().getPage().reload();
        }
    }

    private String lockedSentence(java.time.LocalTime until) {
        return messages.get("staff.login.locked", until.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    private void tell(String sentence, boolean locked) {
        said.setText(sentence);
        said_block.removeAll();
        said_block.add(Symbol.beside(locked ? "clock" : "key"), said);
        said_block.getElement().setAttribute("role", "alert");
        said_block.setClassName("staff-said-locked", locked);
        pad.setVisible(!locked);
        dots.setVisible(!locked);
        password.setVisible(!locked);
    }

    /** A fresh session id for the staff session, the login kept in it, and a fresh page for the staff area. */
    private void enter(StaffLogin.Outcome.LoggedIn in) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(in.authentication());
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        request.getSession().setMaxInactiveInterval((int) StaffIdle.LIMIT.toSeconds());
        idle.touch();
        UI.getCurrent().getPage().setLocation("/staff");
    }

    private Div noPin() {
        Div block = new Div(Symbol.beside("key"), new Div(
                new Paragraph(messages.get("staff.login.no-pin")),
                new Paragraph(messages.get("staff.login.no-pin.how")),
                new Pre(SET_PIN),
                new Paragraph(messages.get("staff.login.no-pin.restart"))));
        block.addClassNames("kiosk-block", "staff-said");
        block.setId("staff-no-pin");
        return block;
    }
}
