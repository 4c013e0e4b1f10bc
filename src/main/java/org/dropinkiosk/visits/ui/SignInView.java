package org.dropinkiosk.visits.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dropinkiosk.kiosk.AccessSettings;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.ScanMode;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.speech.PersonalPhrase;
import org.dropinkiosk.speech.SpeechService;
import org.dropinkiosk.visits.NewVisitor;
import org.dropinkiosk.visits.Preference;
import org.dropinkiosk.visits.Preferences;
import org.dropinkiosk.visits.SignIn;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.Visitor;
import org.dropinkiosk.visits.VisitorGroups;
import org.dropinkiosk.visits.VisitorName;
import org.dropinkiosk.visits.VisitorPreferences;

/**
 * Sign in and out, one step at a time on one screen. Everything a visitor typed or chose lives in
 * this instance only: leaving the screen (Home, idle reset, browser Back) makes a new one.
 */
@Route("sign-in")
@RouteAlias(SignInView.CHOICES)
@AnonymousAllowed
@StyleSheet("context://styles/visits.css")
class SignInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The choices screen on its own, opened from Help for the visitor signed in on this page. */
    static final String CHOICES = "my-choices";

    static final List<String> SYMBOLS = List.of(
            "sun", "star", "flower", "tree", "cat", "dog", "fish", "bird", "heart", "umbrella", "apple", "boat");
    private static final int HOME_AFTER_SECONDS = 6;
    private static final String DONE_EVENT = "kiosk-visits-done";
    // How long the scan ring may stay on each item when a visitor chooses their own speed, in milliseconds.
    static final List<Integer> SCAN_SPEEDS = List.of(1000, 1500, 2000, 3000, 4000);

    private final Messages messages;
    private final VisitService visits;
    private final VisitorGroups groups;
    private final SpeechService speech;
    private final VisitorPreferences preferences;
    private final AccessSettings access;
    private final NewVisitorChoices choices = new NewVisitorChoices();
    private int step;
    private NameKeyboard keyboard;

    /** What a new visitor chose so far. */
    private static final class NewVisitorChoices {
        String name;
        String group;
        String symbol;
        // Pictures of hidden visitors this visitor was just asked about and said No to: already seen.
        final Set<String> refused = new HashSet<>();
        Preferences preferences = Preferences.NONE;
        boolean kept;
    }

    SignInView(
            Messages messages,
            VisitService visits,
            VisitorGroups groups,
            SpeechService speech,
            VisitorPreferences preferences,
            AccessSettings access) {
        this.speech = speech;
        this.access = access;
        this.messages = messages;
        this.visits = visits;
        this.groups = groups;
        this.preferences = preferences;
        addClassName("visits");
        getElement()
                .addEventListener(DONE_EVENT, e -> {
                    if (e.getEventData().get("event.detail").asInt() == step) {
                        getUI().ifPresent(ui -> ui.navigate(""));
                    }
                })
                .addEventData("event.detail");
        showStart();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CHOICES.equals(event.getLocation().getPath())) {
            SignedInHere.visitorId(event.getUI())
                    .flatMap(visits::visitor)
                    .filter(v -> visits.isHere(v.id()))
                    .ifPresentOrElse(this::showTalkAgain, this::showSignInFirst);
        }
    }

    /** Help's choices for nobody signed in on this page: their choices are kept with them, so sign in first. */
    private void showSignInFirst() {
        BigButton signIn = new BigButton("hello", messages.get("visits.tile"), e -> showStart());
        step("computer_speaker", "visits.talk.title", "visits.talk.sign-in-first", signIn);
    }

    private void showStart() {
        Div answers = new Div(big("good", "visits.yes", e -> showFind()), big("bad", "visits.no", e -> showName()));
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
            step(
                    "who",
                    "visits.find.title",
                    null,
                    new VisitorPicker(messages, speech, shown, "visits.find.press", this::signIn, notHere));
        }
    }

    private void showLeave() {
        List<Visitor> here = visits.shownVisitors().stream()
                .filter(v -> visits.isHere(v.id()))
                .toList();
        if (here.isEmpty()) {
            showLeaveName();
        } else {
            BigButton notHere = new BigButton("type", messages.get("visits.find.not-here"), e -> showLeaveName());
            notHere.addClassName("kiosk-button-small");
            step(
                    "exit_door",
                    "visits.leave.title",
                    null,
                    new VisitorPicker(messages, speech, here, "visits.leave.press", this::signOut, notHere));
        }
    }

    /** A visitor whose name is never shown types it to sign out. */
    private void showLeaveName() {
        keyboard = new NameKeyboard(
                messages,
                speech,
                typed -> checked(typed)
                        .ifPresent(
                                name -> askIfYou(visits.privateVisitorsNamed(name), 0, this::signOut, this::notFound)));
        step("exit_door", "visits.leave.title", "visits.leave.type", keyboard);
    }

    private void notFound() {
        BigButton again = new BigButton("type", messages.get("visits.leave.again"), e -> showLeaveName());
        String sentence = messages.get("visits.leave.not-found");
        step("exit_door", "visits.leave.title", null, block("help", sentence), again);
        say(sentence);
    }

    private void showName() {
        keyboard = new NameKeyboard(messages, speech, this::nameTyped);
        step("type", "visits.name.title", "visits.name.type", keyboard);
    }

    private void nameTyped(String typed) {
        checked(typed).ifPresent(name -> {
            choices.name = name;
            // A visitor whose name is never shown finds themselves here, asked about one by one by picture.
            askIfYou(visits.privateVisitorsNamed(name), 0, this::signIn, this::showGroups);
        });
    }

    /** The typed name when it can be a name; otherwise the keyboard shows and says what is wrong. */
    private Optional<String> checked(String typed) {
        VisitorName name = VisitorName.check(typed);
        if (!name.ok()) {
            String problem = messages.get(name.problemKey());
            keyboard.showProblem(problem);
            say(problem);
            return Optional.empty();
        }
        return Optional.of(name.name());
    }

    /**
     * "Are you Quinn with the fish?" about one visitor at a time, never a list: Yes goes on with them,
     * No asks about the next, and after the last {@code noneLeft} runs.
     */
    private void askIfYou(List<Visitor> candidates, int index, Consumer<Visitor> yes, Runnable noneLeft) {
        if (index >= candidates.size()) {
            noneLeft.run();
            return;
        }
        Visitor visitor = candidates.get(index);
        String question = personal(
                visitor,
                visitor.symbol() == null
                        ? messages.get("visits.ask.plain", visitor.name())
                        : messages.get(
                                "visits.ask", visitor.name(), messages.get("visits.symbol." + visitor.symbol())));
        Div ask = visitor.symbol() == null
                ? block("who", question)
                : new Div(
                        new Symbol(visitor.symbol(), messages.get("visits.symbol." + visitor.symbol())),
                        new Paragraph(question));
        ask.addClassName("kiosk-block");
        ask.addClassName("visits-ask");
        Div answers = new Div(big("good", "visits.yes", e -> yes.accept(visitor)), big("bad", "visits.no", e -> {
            if (visitor.symbol() != null) {
                choices.refused.add(visitor.symbol());
            }
            askIfYou(candidates, index + 1, yes, noneLeft);
        }));
        answers.addClassName("visits-yes-no");
        step("who", "visits.ask.title", null, ask, answers);
        say(question);
    }

    private void showGroups() {
        Div pictures = pictures();
        groups.shown().forEach(g -> pictures.add(new BigButton(g.symbol(), g.name(), e -> groupChosen(g.id()))));
        pictures.add(big("one", "visits.group.none", e -> groupChosen(VisitorGroups.NO_GROUP)));
        pictures.add(big("supporter", "visits.group.supporter", e -> groupChosen(VisitorGroups.SUPPORTER)));
        step("group_work", "visits.group.title", "visits.group.which", pictures);
    }

    private void groupChosen(String group) {
        choices.group = group;
        showSymbols();
    }

    private void showSymbols() {
        // Shown visitors' pictures, and the hidden ones just asked about: two of a name stay apart by picture,
        // and no hidden visitor the screen has not already asked about changes what is offered (decision 502).
        Set<String> taken = new HashSet<>(visits.symbolsTakenBy(choices.name));
        taken.addAll(choices.refused);
        List<String> free = SYMBOLS.stream().filter(s -> !taken.contains(s)).toList();
        Div pictures = pictures();
        (free.isEmpty() ? SYMBOLS : free)
                .forEach(s -> pictures.add(big(s, "visits.symbol." + s, e -> {
                    choices.symbol = s;
                    showTalk();
                })));
        step("star", "visits.symbol.title", "visits.symbol.choose", pictures);
    }

    private void showTalk() {
        talk("visits.talk.next", this::showShowName);
    }

    /** The choices screen again, for a visitor who is signed in: kept as soon as they press Done. */
    private void showTalkAgain(Visitor visitor) {
        choices.preferences = preferences.of(visitor.id()).orElse(Preferences.NONE);
        talk("visits.talk.done", () -> {
            preferences.keep(visitor.id(), choices.preferences);
            applyPreferences(visitor);
            String kept = messages.get("visits.talk.kept");
            step(
                    "computer_speaker",
                    "visits.talk.title",
                    null,
                    block("good", kept),
                    block("homepage", messages.get("visits.home-soon")));
            say(kept);
            homeSoon(HOME_AFTER_SECONDS);
        });
    }

    private void talk(String nextKey, Runnable onNext) {
        Div toggles = new Div(
                toggle("tortoise", "visits.talk.slower", Preference.SLOWER_SPEECH),
                toggle("ear", "visits.talk.read-all", Preference.READ_ALOUD),
                choice(
                        "computer_speaker",
                        "visits.talk.scanning",
                        Preference.SCANNING,
                        scanModes(),
                        mode -> messages.get("visits.talk.scanning." + mode)),
                choice(
                        "clock",
                        "visits.talk.scan-speed",
                        Preference.SCAN_INTERVAL,
                        scanSpeeds(),
                        ms -> messages.get("visits.talk.scan-speed.seconds", Integer.parseInt(ms) / 1000.0)));
        toggles.addClassName("visits-toggles");
        BigButton next = new BigButton("next", messages.get(nextKey), e -> onNext.run());
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
        Preferences chosen = choices.preferences;
        Visitor visitor = visits.registerAndSignIn(
                new NewVisitor(
                        choices.name,
                        choices.symbol,
                        choices.group,
                        showName,
                        chosen.on(Preference.SLOWER_SPEECH),
                        chosen.on(Preference.READ_ALOUD)),
                chosen);
        hello(visitor);
    }

    private void signIn(Visitor visitor) {
        if (visits.signIn(visitor.id()) == SignIn.ALREADY_SIGNED_IN) {
            applyPreferences(visitor);
            String already = personal(visitor, messages.get("visits.already", visitor.name()));
            BigButton leave = new BigButton("exit_door", messages.get("visits.going-home"), e -> signOut(visitor));
            leave.addClassName("visits-going-home");
            step(
                    "hello",
                    "visits.title",
                    null,
                    block("good", already),
                    block("clock", messages.get("visits.already.today")),
                    after(leave, changeTalk(visitor)));
            say(already);
            homeSoon(HOME_AFTER_SECONDS * 2);
        } else {
            hello(visitor);
        }
    }

    private void hello(Visitor visitor) {
        applyPreferences(visitor);
        String hello = personal(visitor, messages.get("visits.hello", visitor.name()));
        step(
                "hello",
                "visits.title",
                null,
                block("hello", hello),
                block("homepage", messages.get("visits.home-soon")),
                changeTalk(visitor));
        say(hello);
        homeSoon(HOME_AFTER_SECONDS);
    }

    /** The buttons under a greeting, far enough apart that a shaky press hits one. */
    private static Div after(Component... buttons) {
        Div row = new Div(buttons);
        row.addClassName("visits-after");
        return row;
    }

    private BigButton changeTalk(Visitor visitor) {
        BigButton change =
                new BigButton("computer_speaker", messages.get("visits.talk.change"), e -> showTalkAgain(visitor));
        change.addClassName("kiosk-button-small");
        change.addClassName("visits-change-talk");
        return change;
    }

    private void signOut(Visitor visitor) {
        getUI().ifPresent(ui -> SignedInHere.forget(ui, visitor.id()));
        String sentence = personal(
                visitor,
                visits.signOut(visitor.id())
                        ? messages.get("visits.goodbye", visitor.name())
                        : messages.get("visits.not-here", visitor.name()));
        step(
                "exit_door",
                "visits.leave.title",
                null,
                block("exit_door", sentence),
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

    private NativeButton toggle(String symbol, String labelKey, Preference preference) {
        BooleanSupplier on = () -> choices.preferences.on(preference);
        Runnable flip = () -> choices.preferences = choices.preferences.with(preference, !on.getAsBoolean());
        String label = messages.get(labelKey);
        BigButton button = new BigButton(symbol, label, e -> {});
        Span state = new Span();
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
            // Speech changes at once, so the visitor hears what they chose; scanning waits for Done or signing in.
            KioskSpeech.preferences(
                    this,
                    choices.preferences.on(Preference.SLOWER_SPEECH),
                    choices.preferences.on(Preference.READ_ALOUD));
            say(label + ": " + messages.get(on.getAsBoolean() ? "visits.talk.on" : "visits.talk.off"));
        });
        return button;
    }

    /**
     * A button that goes round its values, one per press, starting from the visitor's own or the venue's:
     * what it is now is shown beside the words and said.
     */
    private NativeButton choice(
            String symbol, String labelKey, Preference preference, List<String> values, Function<String, String> word) {
        String label = messages.get(labelKey);
        BigButton button = new BigButton(symbol, label, e -> {});
        Span state = new Span();
        state.addClassName("visits-toggle-state");
        button.add(state);
        button.addClassName("visits-toggle");
        Runnable show = () -> {
            String now = word.apply(current(preference, values));
            state.setText(now);
            button.getElement().setAttribute("aria-label", label);
            KioskSpeech.speakable(button, label + ": " + now);
        };
        show.run();
        button.addClickListener(e -> {
            String now = current(preference, values);
            choices.preferences =
                    choices.preferences.with(preference, values.get((values.indexOf(now) + 1) % values.size()));
            show.run();
            // Not applied yet: a one-switch user pressing on to "Two switches" or "Off" must not be stranded mid-way.
            say(label + ": " + word.apply(current(preference, values)));
        });
        return button;
    }

    // The visitor's own value, or else the first of the values from the venue's default on.
    private String current(Preference preference, List<String> values) {
        String chosen = choices.preferences.values().get(preference);
        return chosen != null && values.contains(chosen) ? chosen : values.getFirst();
    }

    // Off, one switch, two switches, beginning with the venue's default.
    private List<String> scanModes() {
        List<String> modes =
                Arrays.stream(ScanMode.values()).map(ScanMode::code).toList();
        return rotated(modes, modes.indexOf(access.scanning().code()));
    }

    // The speeds offered, beginning with the first at least as slow as the venue's.
    private List<String> scanSpeeds() {
        long venue = access.scanInterval().toMillis();
        List<String> speeds = SCAN_SPEEDS.stream().map(String::valueOf).toList();
        return rotated(
                speeds, (int) SCAN_SPEEDS.stream().takeWhile(ms -> ms < venue).count() % speeds.size());
    }

    private static List<String> rotated(List<String> values, int from) {
        return Stream.concat(values.stream().skip(from), values.stream().limit(from))
                .toList();
    }

    private BigButton big(String symbol, String labelKey, ComponentEventListener<ClickEvent<NativeButton>> onPress) {
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

    /** Signed in: their choices apply from now on, and a choice made on the bar is kept for them. */
    private void applyPreferences(Visitor visitor) {
        getUI().ifPresent(ui -> {
            SignedInHere.remember(ui, visitor.id(), preferences);
            applyPreferences(ui, preferences.of(visitor.id()).orElse(Preferences.NONE));
        });
    }

    // Every preference goes to the browser; speech takes its two, other scripts listen for kiosk-preferences.
    private static void applyPreferences(UI ui, Preferences chosen) {
        KioskSpeech.preferences(ui, chosen.on(Preference.SLOWER_SPEECH), chosen.on(Preference.READ_ALOUD));
        List<String> names = List.copyOf(chosen.forBrowser().keySet());
        List<String> values = names.stream().map(chosen.forBrowser()::get).toList();
        ui.getPage()
                .executeJs(
                        "const names = $0.split('\\n'), values = $1.split('\\n'), detail = {};"
                                + " names.forEach((n, i) => { if (n) detail[n] = values[i]; });"
                                + " window.dispatchEvent(new CustomEvent('kiosk-preferences', {detail}))",
                        String.join("\n", names),
                        String.join("\n", values));
    }

    /** A sentence with the visitor's name: speech makes it when asked and never keeps it. */
    private String personal(Visitor visitor, String sentence) {
        speech.markPersonal(PersonalPhrase.ofVisitor(visitor.id(), sentence));
        return sentence;
    }

    private void say(String sentence) {
        KioskSpeech.say(this, sentence);
    }

    private void homeSoon(int seconds) {
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs(
                        "const view = $0, step = $1; setTimeout(() => view.dispatchEvent(new CustomEvent($2, {detail: step})), $3)",
                        getElement(),
                        step,
                        DONE_EVENT,
                        seconds * 1000));
    }

    @Override
    public String getPageTitle() {
        return messages.get("visits.title");
    }
}
