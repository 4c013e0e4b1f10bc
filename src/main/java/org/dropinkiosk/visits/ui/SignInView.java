package org.dropinkiosk.visits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;
import org.dropinkiosk.kiosk.AccessSettings;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.ScanMode;
import org.dropinkiosk.kiosk.SwitchScanning;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.speech.SpokenFeedback;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.SignIn;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.dropinkiosk.visits.VisitorGroups;
import org.dropinkiosk.visits.VisitorName;

/**
 * Sign in and out, one step at a time on one screen. Everything a visitor typed or chose lives in
 * this instance only: leaving the screen (Home, idle reset, browser Back) makes a new one.
 */
@Route("sign-in")
@PageTitle("Sign in")
@AnonymousAllowed
@StyleSheet("context://styles/visits.css")
class SignInView extends Div {

    static final List<String> SYMBOLS = List.of("sun", "star", "flower", "tree", "cat", "dog", "fish", "bird",
            "heart", "umbrella", "apple", "boat");
    private static final int HOME_AFTER_SECONDS = 6;
    private static final String DONE_EVENT = "kiosk-visits-done";

    private final Messages messages;
    private final VisitService visits;
    private final VisitorGroups groups;
    private final AccessSettings access;
    private final NewVisitorChoices choices = new NewVisitorChoices();
    private int step;
    private NameKeyboard keyboard;

    /** What a new visitor chose so far. */
    private static final class NewVisitorChoices {
        String name;
        String group;
        String symbol;
        boolean slower;
        boolean readAloud;
        ScanMode scanning;
        boolean kept;
    }

    SignInView(Messages messages, VisitService visits, VisitorGroups groups, AccessSettings access) {
        this.messages = messages;
        this.access = access;
        this.visits = visits;
        this.groups = groups;
        addClassName("visits");
        getElement().addEventListener(DONE_EVENT, e -> {
            if (e.getEventData().get("event.detail").asInt() == step) {
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        }).addEventData("event.detail");
        showStart();
    }

    private void showStart() {
        Div answers = new Div(
                big("good", "visits.yes", e -> showFind()),
                big("bad", "visits.no", e -> showName()));
        answers.addClassName("visits-yes-no");
        BigButton leave = new BigButton("exit_door", messages.get("visits.going-home"), e -> showLeave());
        leave.addClassName("visits-going-home");
        step("hello", "visits.title", "visits.before", answers, leave);
    }

    private void showFind() {
        List<Visitor> shown = visits.shownVisitors();
        BigButton notHere = new BigButton("type", messages.get("visits.find.not-here"), e -> showName());
        notHere.addClassName("kiosk-button-small");
        if (shown.isEmpty()) {
            step("who", "visits.find.title", "visits.find.none", notHere);
        } else {
            step("who", "visits.find.title", null, new VisitorPicker(messages, shown, "visits.find.press", this::signIn, notHere));
        }
    }

    private void showLeave() {
        List<Visitor> here = visits.shownVisitors().stream().filter(v -> visits.isHere(v.id())).toList();
        if (here.isEmpty()) {
            step("exit_door", "visits.leave.title", "visits.leave.none");
        } else {
            step("exit_door", "visits.leave.title", null, new VisitorPicker(messages, here, "visits.leave.press", this::signOut));
        }
    }

    private void showName() {
        keyboard = new NameKeyboard(messages, this::nameTyped);
        step("type", "visits.name.title", "visits.name.type", keyboard);
    }

    private void nameTyped(String typed) {
        VisitorName name = VisitorName.check(typed);
        if (!name.ok()) {
            String problem = messages.get(name.problemKey());
            keyboard.showProblem(problem);
            say(problem);
            return;
        }
        choices.name = name.name();
        showGroups();
    }

    private void showGroups() {
        Div pictures = pictures();
        groups.groups().forEach(g -> pictures.add(new BigButton(g.symbol(), g.name(), e -> groupChosen(g.id()))));
        pictures.add(big("one", "visits.group.none", e -> groupChosen(VisitorGroups.NO_GROUP)));
        pictures.add(big("supporter", "visits.group.supporter", e -> groupChosen(VisitorGroups.SUPPORTER)));
        step("group_work", "visits.group.title", "visits.group.which", pictures);
    }

    private void groupChosen(String group) {
        choices.group = group;
        showSymbols();
    }

    private void showSymbols() {
        Set<String> taken = visits.symbolsTakenBy(choices.name);
        List<String> free = SYMBOLS.stream().filter(s -> !taken.contains(s)).toList();
        Div pictures = pictures();
        (free.isEmpty() ? SYMBOLS : free).forEach(s -> pictures.add(big(s, "visits.symbol." + s, e -> {
            choices.symbol = s;
            showTalk();
        })));
        step("star", "visits.symbol.title", "visits.symbol.choose", pictures);
    }

    private void showTalk() {
        Div toggles = new Div(
                toggle("tortoise", "visits.talk.slower", () -> choices.slower = !choices.slower, () -> choices.slower),
                toggle("ear", "visits.talk.read-all", () -> choices.readAloud = !choices.readAloud, () -> choices.readAloud),
                scanningChoice());
        toggles.addClassName("visits-toggles");
        BigButton next = new BigButton("next", messages.get("visits.talk.next"), e -> showShowName());
        next.addClassName("visits-next");
        step("computer_speaker", "visits.talk.title", "visits.talk.choose", toggles, next);
    }

    private void showShowName() {
        Div answers = new Div(big("good", "visits.yes", e -> keep(true)), big("bad", "visits.no", e -> keep(false)));
        answers.addClassName("visits-yes-no");
        Div why = block("show_me", messages.get("visits.show.why"));
        step("show_me", "visits.show.title", "visits.show.ask", why, answers);
    }

    /** The last press of a new visitor: kept once, however often it is tapped. */
    private void keep(boolean showName) {
        if (choices.kept) {
            return;
        }
        choices.kept = true;
        getChildren().forEach(this::disableButtons);
        Visitor visitor = visits.registerAndSignIn(new NewVisitor(choices.name, choices.symbol, choices.group,
                showName, choices.slower, choices.readAloud));
        if (choices.scanning != null) {
            visits.keepScanning(visitor.id(), choices.scanning);
        }
        hello(visitor);
    }

    private void signIn(Visitor visitor) {
        if (visits.signIn(visitor.id()) == SignIn.ALREADY_SIGNED_IN) {
            applyPreferences(visitor);
            String already = messages.get("visits.already", visitor.name());
            BigButton leave = new BigButton("exit_door", messages.get("visits.going-home"), e -> signOut(visitor));
            leave.addClassName("visits-going-home");
            step("hello", "visits.title", null, block("good", already), block("clock", messages.get("visits.already.today")), leave);
            say(already);
            homeSoon(HOME_AFTER_SECONDS * 2);
        } else {
            hello(visitor);
        }
    }

    private void hello(Visitor visitor) {
        applyPreferences(visitor);
        String hello = messages.get("visits.hello", visitor.name());
        step("hello", "visits.title", null, block("hello", hello), block("homepage", messages.get("visits.home-soon")));
        say(hello);
        homeSoon(HOME_AFTER_SECONDS);
    }

    private void signOut(Visitor visitor) {
        String sentence = visits.signOut(visitor.id()) ? messages.get("visits.goodbye", visitor.name())
                : messages.get("visits.not-here", visitor.name());
        step("exit_door", "visits.leave.title", null, block("exit_door", sentence),
                block("hello", messages.get("visits.goodbye.see-you")));
        say(sentence);
        homeSoon(HOME_AFTER_SECONDS);
    }

    /** Shows one step: a picture, the heading, the question, and what to press. */
    private void step(String symbol, String titleKey, String sentenceKey, Component... body) {
        step++;
        removeAll();
        H1 title = new H1(messages.get(titleKey));
        title.addClassName("kiosk-title");
        Div head = new Div(Symbol.beside(symbol), title);
        head.addClassName("visits-head");
        if (sentenceKey != null) {
            Paragraph sentence = new Paragraph(messages.get(sentenceKey));
            sentence.addClassName("visits-question");
            head.add(sentence);
        }
        add(head);
        add(body);
    }

    private NativeButton toggle(String symbol, String labelKey, Runnable flip, java.util.function.BooleanSupplier on) {
        String label = messages.get(labelKey);
        BigButton button = new BigButton(symbol, label, e -> { });
        com.vaadin.flow.component.html.Span state = new com.vaadin.flow.component.html.Span();
        state.addClassName("visits-toggle-state");
        button.add(state);
        button.addClassName("visits-toggle");
        Runnable show = () -> {
            String word = messages.get(on.getAsBoolean() ? "visits.talk.on" : "visits.talk.off");
            state.setText((on.getAsBoolean() ? "\u2714 " : "\u2716 ") + word);
            button.getElement().setAttribute("aria-pressed", String.valueOf(on.getAsBoolean()));
            button.getElement().setAttribute("aria-label", label);
        };
        show.run();
        button.addClickListener(e -> {
            flip.run();
            show.run();
            getUI().ifPresent(ui -> SpokenFeedback.applyPreferences(ui, choices.slower, choices.readAloud));
            say(label + ": " + messages.get(on.getAsBoolean() ? "visits.talk.on" : "visits.talk.off"));
        });
        return button;
    }

    /**
     * Switch scanning: Off, One switch, Two switches in turn, starting from the venue's default. It starts when
     * the visitor is signed in, not at once, so a one-switch user is never left in a mode their switch cannot drive.
     */
    private NativeButton scanningChoice() {
        String label = messages.get("visits.talk.scanning");
        BigButton button = new BigButton("computer_speaker", label, e -> { });
        Span state = new Span();
        state.addClassName("visits-toggle-state");
        button.add(state);
        button.addClassName("visits-toggle");
        button.getElement().setAttribute("aria-label", label);
        Runnable show = () -> {
            ScanMode mode = choices.scanning == null ? access.scanning() : choices.scanning;
            String word = messages.get("visits.talk.scanning." + mode.code());
            state.setText((mode == ScanMode.OFF ? "\u2716 " : "\u2714 ") + word);
            button.getElement().setAttribute("data-say", label + ": " + word);
        };
        show.run();
        button.addClickListener(e -> {
            ScanMode now = choices.scanning == null ? access.scanning() : choices.scanning;
            choices.scanning = ScanMode.values()[(now.ordinal() + 1) % ScanMode.values().length];
            show.run();
            say(label + ": " + messages.get("visits.talk.scanning." + choices.scanning.code()));
        });
        return button;
    }

    private BigButton big(String symbol, String labelKey, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<NativeButton>> onPress) {
        return new BigButton(symbol, messages.get(labelKey), onPress);
    }

    private static Div pictures() {
        Div pictures = new Div();
        pictures.addClassName("visits-pictures");
        return pictures;
    }

    private static Div block(String symbol, String sentence) {
        Div block = new Div(Symbol.beside(symbol), new Paragraph(sentence));
        block.addClassName("kiosk-block");
        return block;
    }

    private void disableButtons(Component component) {
        if (component instanceof NativeButton button) {
            button.setEnabled(false);
        }
        component.getChildren().forEach(this::disableButtons);
    }

    private void applyPreferences(Visitor visitor) {
        ScanMode scanning = visits.scanningOf(visitor.id()).orElse(null);
        getUI().ifPresent(ui -> {
            SpokenFeedback.applyPreferences(ui, visitor.slowerSpeech(), visitor.readAloud());
            SwitchScanning.choose(ui, scanning);
        });
    }

    private void say(String sentence) {
        getUI().ifPresent(ui -> SpokenFeedback.say(ui, sentence));
    }

    private void homeSoon(int seconds) {
        getUI().ifPresent(ui -> ui.getPage().executeJs(
                "const view = $0, step = $1; setTimeout(() => view.dispatchEvent(new CustomEvent($2, {detail: step})), $3)",
                getElement(), step, DONE_EVENT, seconds * 1000));
    }
}
