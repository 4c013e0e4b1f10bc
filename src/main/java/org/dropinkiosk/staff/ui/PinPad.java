package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;

/**
 * The big on-screen PIN pad: twelve real buttons, dots for what was typed, and a spoken count. The
 * digits stay on the server; OK hands them to {@code onOk} and empties the pad.
 */
class PinPad extends Div {

    private final Messages messages;
    private final StringBuilder typed = new StringBuilder();
    private final Span dots = new Span();
    private final Span typedCount = new Span();
    private int longest;

    PinPad(Messages messages, String okLabel, int longest, Consumer<String> onOk) {
        this.messages = messages;
        this.longest = longest;
        addClassName("staff-pin-column");
        dots.addClassName("staff-pin-dots");
        dots.setId("staff-pin-dots");
        dots.getElement().setAttribute("aria-hidden", "true");
        typedCount.addClassName("staff-sr-only");
        typedCount.getElement().setAttribute("aria-live", "polite");
        Div pad = new Div();
        pad.addClassName("staff-pin-pad");
        for (String key : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            pad.add(digit(key));
        }
        NativeButton delete = new BigButton(messages.get("staff.login.delete"), e -> {
            if (!typed.isEmpty()) {
                typed.setLength(typed.length() - 1);
            }
            showDots();
        });
        delete.addClassNames("staff-pin-key", "staff-pin-delete");
        NativeButton ok = new BigButton(okLabel, e -> {
            String secret = typed.toString();
            clear();
            onOk.accept(secret);
        });
        ok.addClassNames("staff-pin-key", "staff-pin-ok");
        pad.add(delete, digit("0"), ok);
        add(dots, typedCount, pad);
        showDots();
    }

    /** How many digits the pad takes: a PIN, or the longer recovery code. */
    void setLongest(int longest) {
        this.longest = longest;
        clear();
    }

    void clear() {
        typed.setLength(0);
        showDots();
    }

    private NativeButton digit(String key) {
        NativeButton b = new BigButton(key, e -> {
            if (typed.length() < longest) {
                typed.append(key);
            }
            showDots();
        });
        b.addClassName("staff-pin-key");
        return b;
    }

    private void showDots() {
        dots.setText(
                typed.isEmpty()
                        ? messages.get("staff.login.empty")
                        : "\u25CF ".repeat(typed.length()).trim());
        typedCount.setText(messages.get("staff.login.count", typed.length()));
    }
}
