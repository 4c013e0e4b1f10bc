package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;
import org.dropinkiosk.staff.network.StaffNetwork;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The way into the staff area: a big PIN pad, or a password typed on a keyboard; and, for when wrong
 * PINs have locked the pad, the recovery code (typed on the same pad).
 */
@Route(value = "staff/login", autoLayout = false)
@AnonymousAllowed
@StyleSheet("context://styles/staff.css")
class StaffLoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SET_PIN = "./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.staff.SetPin";
    private static final int PIN_DIGITS = 12;
    private static final int RECOVERY_DIGITS = 24;

    private final Messages messages;
    private final StaffLogin login;
    private final StaffIdle idle;
    private final AuthenticationContext authentication;
    private final StaffNetwork network;
    private final Paragraph said = new Paragraph();
    private final Div saidBlock = new Div();
    private final Div password = new Div();
    private final PasswordField typed = new PasswordField();
    private PinPad pad;
    private NativeButton useRecovery;
    private NativeButton backToPin;
    private boolean recovering;

    StaffLoginView(
            Messages messages,
            StaffLogin login,
            StaffIdle idle,
            AuthenticationContext authentication,
            StaffNetwork network) {
        this.messages = messages;
        this.network = network;
        this.login = login;
        this.idle = idle;
        this.authentication = authentication;
        addClassName("staff-login");
        H1 title = new H1(messages.get("staff.login.title"));
        title.addClassName("staff-heading");
        BigButton home = new BigButton(
                "homepage",
                messages.get("staff.login.back"),
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
        saidBlock.add(Symbol.beside("key"), said);
        saidBlock.addClassNames("kiosk-block", "staff-said");
        saidBlock.getElement().setAttribute("role", "status");
        said.setText(messages.get("staff.login.type"));

        pad = new PinPad(messages, messages.get("staff.login.ok"), PIN_DIGITS, secret -> tryIt(secret, "PIN pad"));
        typed.setLabel(messages.get("staff.login.password"));
        typed.setId("staff-password");
        typed.addClassName("staff-password");
        NativeButton go =
                new BigButton(messages.get("staff.login.password.go"), e -> tryIt(typed.getValue(), "password"));
        go.addClassName("kiosk-button-small");
        typed.addKeyDownListener(Key.ENTER, e -> tryIt(typed.getValue(), "password"));
        password.add(typed, go);
        password.addClassName("staff-password-row");

        useRecovery = new BigButton("key", messages.get("staff.login.recovery.use"), e -> recoveryMode(true));
        useRecovery.setId("staff-use-recovery");
        useRecovery.addClassNames("kiosk-button-small", "staff-recovery-button");
        useRecovery.setVisible(login.recoveryCodeIsSet());
        backToPin = new BigButton(messages.get("staff.login.recovery.back"), e -> recoveryMode(false));
        backToPin.setId("staff-back-to-pin");
        backToPin.addClassNames("kiosk-button-small", "staff-recovery-button");
        backToPin.setVisible(false);

        Div side = new Div(saidBlock, password, useRecovery, backToPin);
        side.addClassName("staff-login-side");
        Div body = new Div(pad, side);
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

    /** The pad and the text field take the recovery code instead of the PIN, or the PIN again. */
    private void recoveryMode(boolean on) {
        recovering = on;
        pad.setLongest(on ? RECOVERY_DIGITS : PIN_DIGITS);
        typed.clear();
        typed.setLabel(messages.get(on ? "staff.login.recovery.field" : "staff.login.password"));
        useRecovery.setVisible(!on && login.recoveryCodeIsSet());
        backToPin.setVisible(on);
        if (on) {
            tell(messages.get("staff.login.recovery.type"), false);
        } else {
            login.lockedUntil()
                    .ifPresentOrElse(
                            until -> tell(lockedSentence(until), true),
                            () -> tell(messages.get("staff.login.type"), false));
        }
    }

    private void tryIt(String secret, String via) {
        pad.clear();
        typed.clear();
        // over the staff network the audit trail gets the laptop's address too
        String where = network.describe(VaadinServletRequest.getCurrent().getHttpServletRequest(), via);
        StaffLogin.Outcome outcome =
                recovering ? login.recover(secret, "recovery code, " + where) : login.attempt(secret, where);
        switch (outcome) {
            case StaffLogin.Outcome.LoggedIn in -> enter(in);
            case StaffLogin.Outcome.Wrong wrong ->
                tell(
                        recovering
                                ? messages.get("staff.login.recovery.wrong")
                                : messages.get("staff.login.wrong", wrong.triesLeft()),
                        false);
            case StaffLogin.Outcome.Locked locked -> tell(lockedSentence(locked.until()), true);
            case StaffLogin.Outcome.TooSoon soon ->
                tell(messages.get("staff.login.recovery.wait", soon.seconds()), false);
            case StaffLogin.Outcome.Confirmed confirmed -> tell(messages.get("staff.login.type"), false);
            case StaffLogin.Outcome.NoPinSet none -> UI.getCurrent().getPage().reload();
        }
    }

    private String lockedSentence(LocalTime until) {
        return messages.get("staff.login.locked", until.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    /** A locked pad hides the PIN pad and field; the recovery code stays offered. */
    private void tell(String sentence, boolean locked) {
        said.setText(sentence);
        saidBlock.removeAll();
        saidBlock.add(Symbol.beside(locked ? "clock" : "key"), said);
        saidBlock.getElement().setAttribute("role", "alert");
        saidBlock.setClassName("staff-said-locked", locked);
        pad.setVisible(!locked);
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
        Div block = new Div(
                Symbol.beside("key"),
                new Div(
                        new Paragraph(messages.get("staff.login.no-pin")),
                        new Paragraph(messages.get("staff.login.no-pin.how")),
                        new Pre(SET_PIN),
                        new Paragraph(messages.get("staff.login.no-pin.restart"))));
        block.addClassNames("kiosk-block", "staff-said");
        block.setId("staff-no-pin");
        return block;
    }

    @Override
    public String getPageTitle() {
        return messages.get("staff.login.page-title");
    }
}
