package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import java.util.Map;

/**
 * The staff area's on-screen keyboard: the kiosk has no keyboard of its own. Its keys are made here with their
 * names from the messages; scripts/staff-keyboard.js opens it under whichever staff field is touched and types
 * into that field, so every text field of every staff page gets it without doing anything.
 */
@StyleSheet("context://styles/staff-keyboard.css")
@JavaScript("context://scripts/staff-keyboard.js")
public class StaffKeyboard extends Div {

    static final List<String> LETTERS = List.of("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-");
    static final List<String> SIGNS = List.of("1234567890", "!?@#&()/:;", "£$%+=*\"_~", "'-<>[]{}|\\");

    // What a screen reader says for a sign (a letter or digit says itself).
    private static final Map<Character, String> SIGN_NAMES = Map.ofEntries(
            Map.entry('\'', "apostrophe"),
            Map.entry(',', "comma"),
            Map.entry('.', "full-stop"),
            Map.entry('-', "dash"),
            Map.entry('!', "exclamation"),
            Map.entry('?', "question"),
            Map.entry('@', "at"),
            Map.entry('#', "hash"),
            Map.entry('&', "and"),
            Map.entry('(', "open-bracket"),
            Map.entry(')', "close-bracket"),
            Map.entry('/', "slash"),
            Map.entry(':', "colon"),
            Map.entry(';', "semicolon"),
            Map.entry('£', "pound"),
            Map.entry('$', "dollar"),
            Map.entry('%', "percent"),
            Map.entry('+', "plus"),
            Map.entry('=', "equals"),
            Map.entry('*', "star"),
            Map.entry('"', "quote"),
            Map.entry('_', "underscore"),
            Map.entry('~', "tilde"),
            Map.entry('<', "less"),
            Map.entry('>', "more"),
            Map.entry('[', "open-square"),
            Map.entry(']', "close-square"),
            Map.entry('{', "open-curly"),
            Map.entry('}', "close-curly"),
            Map.entry('|', "bar"),
            Map.entry('\\', "backslash"));

    public StaffKeyboard(Messages messages) {
        setId("staff-keyboard");
        addClassName("staff-keyboard");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", messages.get("kiosk.keyboard.label"));
        getElement().setAttribute("hidden", true);
        add(layer("letters", LETTERS, messages), layer("signs", SIGNS, messages));
        Div bottom = new Div(
                key(messages.get("kiosk.keyboard.shift"), "shift", messages.get("kiosk.keyboard.shift.say")),
                key(messages.get("kiosk.keyboard.signs"), "signs", messages.get("kiosk.keyboard.signs.say")),
                key(messages.get("kiosk.keyboard.space"), "space", null),
                key(
                        messages.get("kiosk.keyboard.backspace"),
                        "backspace",
                        messages.get("kiosk.keyboard.backspace.say")),
                key(messages.get("kiosk.keyboard.done"), "done", messages.get("kiosk.keyboard.done.say")));
        bottom.addClassNames("staff-keyboard-row", "staff-keyboard-bottom");
        add(bottom);
    }

    private static Div layer(String name, List<String> rows, Messages messages) {
        Div layer = new Div();
        layer.addClassNames("staff-keyboard-layer", "staff-keyboard-layer-" + name);
        for (String row : rows) {
            Div keys = new Div();
            keys.addClassName("staff-keyboard-row");
            row.chars().forEach(c -> {
                String sign = SIGN_NAMES.get((char) c);
                NativeButton key = key(
                        String.valueOf((char) c),
                        null,
                        sign == null ? null : messages.get("kiosk.keyboard.key." + sign));
                key.getElement().setAttribute("data-key", String.valueOf((char) c));
                keys.add(key);
            });
            layer.add(keys);
        }
        return layer;
    }

    private static NativeButton key(String text, String action, String name) {
        NativeButton key = new NativeButton(text);
        key.addClassName("staff-keyboard-key");
        key.getElement().setAttribute("type", "button");
        key.getElement().setAttribute("tabindex", "-1"); // the field keeps the focus; a real keyboard types there
        if (action != null) {
            key.getElement().setAttribute("data-action", "kb-" + action);
            key.addClassName("staff-keyboard-" + action);
            if (action.equals("shift") || action.equals("signs")) {
                key.getElement().setAttribute("aria-pressed", "false"); // a switch: the script turns it on and off
            }
        }
        if (name != null) {
            key.getElement().setAttribute("aria-label", name);
        }
        return key;
    }
}
