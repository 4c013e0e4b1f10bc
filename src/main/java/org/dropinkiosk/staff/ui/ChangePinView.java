package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.NewPin;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;
import org.dropinkiosk.staff.StaffPinChange;

/** Change the PIN in three steps on the same big PIN pad: the current PIN, the new one, the new one again. */
@Route(value = "staff/pin", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class ChangePinView extends StaffView implements HasDynamicTitle {

    private enum Step {
        CURRENT,
        NEW,
        AGAIN,
        DONE
    }

    private static final int LONGEST_ON_PAD = 24;

    private final StaffLogin login;
    private final StaffPinChange change;
    private final Paragraph said = new Paragraph();
    private final Div saidBlock = new Div();
    private final PinPad pad;
    private final PasswordField typed = new PasswordField();
    private final Div entry = new Div();
    private final NativeButton again;
    private Step step = Step.CURRENT;
    private String current = "";
    private String first = "";

    ChangePinView(
            Messages messages,
            StaffIdle idle,
            AuthenticationContext authentication,
            StaffLogin login,
            StaffPinChange change) {
        super(messages, idle, authentication, "staff.pin.title");
        this.login = login;
        this.change = change;
        said.setId("staff-pin-message");
        saidBlock.addClassNames("kiosk-block", "staff-said");
        saidBlock.getElement().setAttribute("role", "status");
        pad = new PinPad(messages, messages.get("staff.login.ok"), LONGEST_ON_PAD, this::take);
        typed.setLabel(messages.get("staff.pin.field"));
        typed.setId("staff-pin-field");
        typed.addClassName("staff-password");
        typed.addKeyDownListener(Key.ENTER, e -> take(typed.getValue()));
        NativeButton next = new BigButton(messages.get("staff.pin.next"), e -> take(typed.getValue()));
        next.addClassName("kiosk-button-small");
        entry.add(typed, next);
        entry.addClassName("staff-password-row");
        again = new BigButton(messages.get("staff.pin.again.button"), e -> show(Step.CURRENT, null, false));
        again.setId("staff-pin-again");
        again.addClassName("kiosk-button-small");
        Div side = new Div(saidBlock, entry, again);
        side.addClassName("staff-login-side");
        Div body = new Div(pad, side);
        body.addClassName("staff-login-body");
        add(body);
        show(Step.CURRENT, null, false);
    }

    /** What was typed for the step on screen; the PINs stay in this server-side view until the change is made. */
    private void take(String secret) {
        pad.clear();
        typed.clear();
        switch (step) {
            case CURRENT -> checkCurrent(secret);
            case NEW -> {
                first = secret;
                show(Step.AGAIN, null, false);
            }
            case AGAIN -> finish(secret);
            case DONE -> {}
        }
    }

    private void checkCurrent(String secret) {
        switch (login.confirm(secret)) {
            case StaffLogin.Outcome.Confirmed ok -> {
                current = secret;
                show(Step.NEW, null, false);
            }
            case StaffLogin.Outcome.Wrong wrong ->
                show(Step.CURRENT, messages.get("staff.pin.wrong", wrong.triesLeft()), true);
            case StaffLogin.Outcome.Locked locked ->
                show(
                        Step.CURRENT,
                        messages.get("staff.login.locked", locked.until().format(DateTimeFormatter.ofPattern("HH:mm"))),
                        true);
            default -> show(Step.CURRENT, messages.get("staff.pin.wrong", 0), true);
        }
    }

    private void finish(String second) {
        StaffPinChange.Result result = change.change(current, first, second);
        first = "";
        switch (result) {
            case CHANGED -> {
                current = "";
                show(Step.DONE, messages.get("staff.pin.done"), false);
            }
            case NOT_THE_SAME -> show(Step.NEW, messages.get("staff.pin.not-same"), true);
            case WRONG_LENGTH ->
                show(Step.NEW, messages.get("staff.pin.length", NewPin.SHORTEST, NewPin.LONGEST), true);
            case WRONG_CURRENT -> {
                current = "";
                show(Step.CURRENT, messages.get("staff.pin.wrong", 0), true);
            }
            case NOT_SAVED -> {
                current = "";
                show(Step.DONE, messages.get("staff.pin.failed"), true);
            }
        }
    }

    /** Shows a step with its sentence ({@code sentence} null for the step's own). */
    private void show(Step next, String sentence, boolean problem) {
        step = next;
        String text = sentence != null
                ? sentence
                : switch (next) {
                    case CURRENT -> messages.get("staff.pin.current");
                    case NEW -> messages.get("staff.pin.new", NewPin.SHORTEST, NewPin.LONGEST);
                    case AGAIN -> messages.get("staff.pin.again");
                    case DONE -> messages.get("staff.pin.done");
                };
        said.setText(text);
        saidBlock.removeAll();
        saidBlock.add(Symbol.beside(problem ? "mistake" : next == Step.DONE ? "correct" : "key"), said);
        saidBlock.getElement().setAttribute("role", problem ? "alert" : "status");
        boolean typing = next != Step.DONE;
        pad.setVisible(typing);
        entry.setVisible(typing);
        again.setVisible(!typing);
    }

    @Override
    public String getPageTitle() {
        return messages.get("staff.pin.page-title");
    }
}
