package org.dropinkiosk.visits.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.speech.PhraseSource;
import org.dropinkiosk.visits.Group;
import org.dropinkiosk.visits.VisitorGroups;
import org.springframework.stereotype.Component;

/** What the sign-in screens say, so speech can prepare it before the first visitor arrives. */
@Component
class SignInPhrases implements PhraseSource {

    private static final List<String> KEYS = List.of(
            "visits.title",
            "visits.before",
            "visits.yes",
            "visits.no",
            "visits.going-home",
            "visits.find.title",
            "visits.find.press",
            "visits.find.letter",
            "visits.find.not-here",
            "visits.leave.title",
            "visits.leave.press",
            "visits.leave.type",
            "visits.leave.not-found",
            "visits.leave.again",
            "visits.ask.title",
            "visits.talk.change",
            "visits.talk.done",
            "visits.talk.kept",
            "visits.name.title",
            "visits.name.type",
            "visits.name.delete",
            "visits.name.space",
            "visits.name.apostrophe",
            "visits.name.hyphen",
            "visits.name.qwerty",
            "visits.name.abc",
            "visits.name.accents",
            "visits.name.letters",
            "visits.name.next",
            "visits.name.empty",
            "visits.name.letters-only",
            "visits.name.too-long",
            "visits.group.title",
            "visits.group.which",
            "visits.group.none",
            "visits.group.supporter",
            "visits.symbol.title",
            "visits.symbol.choose",
            "visits.talk.title",
            "visits.talk.choose",
            "visits.talk.slower",
            "visits.talk.read-all",
            "visits.show.title",
            "visits.show.ask",
            "visits.show.why",
            "visits.already.today",
            "visits.goodbye.see-you",
            "visits.home-soon");

    private final Messages messages;
    private final VisitorGroups groups;

    SignInPhrases(Messages messages, VisitorGroups groups) {
        this.messages = messages;
        this.groups = groups;
    }

    @Override
    public Collection<String> phrases() {
        List<String> phrases = new ArrayList<>();
        KEYS.forEach(key -> phrases.add(messages.get(key)));
        SignInView.SYMBOLS.forEach(symbol -> phrases.add(messages.get("visits.symbol." + symbol)));
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars().forEach(c -> phrases.add(Character.toString(c)));
        groups.shown().stream().map(Group::name).forEach(phrases::add);
        return phrases;
    }
}
