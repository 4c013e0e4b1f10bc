package org.dropinkiosk.meetings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.speech.PhraseSource;
import org.springframework.stereotype.Component;

/** The sentences of What's on as it is now, so that speech can make their audio before Listen is pressed. */
@Component
class MeetingPhrases implements PhraseSource {

    private final Meetings meetings;
    private final MeetingWords words;
    private final Messages messages;

    MeetingPhrases(Meetings meetings, MeetingWords words, Messages messages) {
        this.meetings = meetings;
        this.words = words;
        this.messages = messages;
    }

    @Override
    public Collection<String> phrases() {
        List<String> phrases = new ArrayList<>(List.of(
                messages.get("meetings.title"),
                messages.get("meetings.none"),
                messages.get("meetings.none.ask"),
                messages.get("meetings.card.scan")));
        for (Occurrence o : meetings.upcoming(4)) {
            phrases.add(o.title());
            phrases.add(words.sentence(words.date(o.start().toLocalDate())));
            phrases.add(words.sentence(words.time(o.start().toLocalTime())));
            if (!o.place().isEmpty()) {
                phrases.add(messages.get("meetings.card.place", o.place()));
            }
            phrases.add(words.when(o.start(), meetings.now()));
        }
        return phrases;
    }
}
