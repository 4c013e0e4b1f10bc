package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.speech.StaffPronunciations;
import org.dropinkiosk.speech.StaffPronunciations.Entry;
import org.dropinkiosk.speech.StaffPronunciations.Mistake;
import org.dropinkiosk.staff.PronunciationsSaved;
import org.dropinkiosk.staff.StaffIdle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Staff fix how the voice says a word: one row per word, Listen to hear it, Save writes pronunciations.yml
 * (only over the version this page opened) and the kiosk says it the new way at once.
 */
@Route(value = "staff/pronunciations", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@JavaScript(KioskSpeech.SCRIPT)
class PronunciationsView extends StaffView implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PronunciationsView.class);

    private final StaffPronunciations file;
    private final ApplicationEventPublisher events;
    private final Div said = new Div();
    private final Div rows = new Div();
    private final List<Row> shown = new ArrayList<>();
    private final BigButton add;
    private final BigButton save;
    private StaffPronunciations.Loaded loaded;

    /** One word on the screen: its two fields and its buttons. */
    private final class Row extends Div {
        final TextField word = field("staff.pronunciations.word", "pronunciation-word");
        final TextField say = field("staff.pronunciations.say", "pronunciation-say");
        final Span number = new Span();

        Row(Entry entry) {
            addClassName("staff-pronunciation");
            number.addClassName("staff-pronunciation-number");
            word.setValue(entry.word());
            say.setValue(entry.say());
            BigButton listen = new BigButton("hear", messages.get("staff.pronunciations.listen"), e -> listen(this));
            listen.addClassNames("kiosk-button-small", "pronunciation-listen");
            BigButton remove =
                    new BigButton("wrong", messages.get("staff.pronunciations.remove"), e -> removeRow(this));
            remove.addClassNames("kiosk-button-small", "pronunciation-remove");
            add(number, word, say, listen, remove);
        }

        void numbered(int n) {
            number.setText(String.valueOf(n));
            getElement().setAttribute("aria-label", messages.get("staff.pronunciations.row", n));
            getElement().setAttribute("role", "group");
            word.setInvalid(false);
            say.setInvalid(false);
        }

        Entry entry() {
            return new Entry(word.getValue(), say.getValue());
        }
    }

    PronunciationsView(
            Messages messages,
            StaffIdle idle,
            AuthenticationContext authentication,
            ApplicationEventPublisher events,
            StaffPronunciations file) {
        super(messages, idle, authentication, "staff.pronunciations.title");
        this.file = file;
        this.events = events;
        addClassName("staff-pronunciations");
        said.setId("pronunciations-said");
        said.addClassName("staff-pronunciations-said");
        said.getElement().setAttribute("role", "status");
        rows.addClassName("staff-pronunciation-rows");
        add = new BigButton("write", messages.get("staff.pronunciations.add"), e -> addRow());
        add.addClassName("kiosk-button-small");
        add.setId("pronunciations-add");
        save = new BigButton("save", messages.get("staff.pronunciations.save"), e -> save());
        save.addClassName("kiosk-button-small");
        save.setId("pronunciations-save");
        BigButton again = new BigButton("change_mind", messages.get("staff.pronunciations.reload"), e -> load());
        again.addClassName("kiosk-button-small");
        again.setId("pronunciations-reload");
        Div buttons = new Div(add, save, again);
        buttons.addClassName("staff-pronunciation-buttons");
        add(
                new Paragraph(messages.get("staff.pronunciations.intro")),
                rows,
                buttons,
                said); // the answer beside the buttons pressed
        load();
    }

    private TextField field(String labelKey, String className) {
        TextField f = new TextField(messages.get(labelKey));
        f.addClassNames("staff-audit-field", className);
        f.setAutocapitalize(Autocapitalize.NONE);
        return f;
    }

    private void load() {
        rows.removeAll();
        shown.clear();
        try {
            loaded = file.load();
        } catch (StaffPronunciations.Unreadable e) {
            loaded = null;
            tell(messages.get("staff.pronunciations.unreadable", e.line(), e.getMessage()));
            save.setEnabled(false);
            add.setEnabled(false);
            return;
        }
        save.setEnabled(true);
        add.setEnabled(true);
        loaded.entries().forEach(e -> rows.add(newRow(e)));
        renumber();
        tell(loaded.entries().isEmpty() ? messages.get("staff.pronunciations.none") : "");
    }

    private Row newRow(Entry entry) {
        Row row = new Row(entry);
        shown.add(row);
        return row;
    }

    private void addRow() {
        if (shown.size() >= StaffPronunciations.MAX_ENTRIES) {
            tell(messages.get("staff.pronunciations.mistake.TOO_MANY", StaffPronunciations.MAX_ENTRIES));
            return;
        }
        Row row = newRow(new Entry("", ""));
        rows.add(row);
        renumber();
        row.word.focus();
    }

    private void removeRow(Row row) {
        shown.remove(row);
        rows.remove(row);
        renumber();
        tell(messages.get("staff.pronunciations.removed"));
    }

    private void renumber() {
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).numbered(i + 1);
        }
    }

    private void listen(Row row) {
        String say = row.say.getValue().strip();
        if (say.isEmpty()) {
            tell(messages.get("staff.pronunciations.listen-empty", shown.indexOf(row) + 1));
            return;
        }
        KioskSpeech.say(this, say);
    }

    private void save() {
        if (loaded == null) {
            return;
        }
        renumber();
        List<Entry> entries = shown.stream().map(Row::entry).toList();
        List<Mistake> mistakes = StaffPronunciations.check(entries);
        if (!mistakes.isEmpty()) {
            List<String> sentences = new ArrayList<>();
            sentences.add(messages.get("staff.pronunciations.not-saved"));
            for (Mistake m : mistakes) {
                sentences.add(messages.get(
                        "staff.pronunciations.mistake." + m.kind().name(),
                        m.row(),
                        m.word(),
                        m.otherRow(),
                        StaffPronunciations.MAX_WORD,
                        StaffPronunciations.MAX_SAY));
                if (m.row() <= shown.size()) {
                    Row row = shown.get(m.row() - 1);
                    (m.kind().name().startsWith("SAY") ? row.say : row.word).setInvalid(true);
                }
            }
            tell(sentences);
            return;
        }
        try {
            StaffPronunciations.Loaded before = loaded;
            loaded = file.save(entries, before);
            events.publishEvent(new PronunciationsSaved(changes(before.entries(), loaded.entries())));
            tell(messages.get("staff.pronunciations.saved"));
        } catch (KioskFiles.ChangedOnDisk e) {
            tell(messages.get("staff.pronunciations.changed-on-disk"));
        } catch (IOException e) {
            log.warn("pronunciations.yml could not be saved: {}", e.toString());
            tell(messages.get("staff.pronunciations.not-written"));
        }
    }

    /** Counts only: the words can be people's names, which the audit trail does not need to keep. */
    private static String changes(List<Entry> before, List<Entry> after) {
        Map<String, String> old = new HashMap<>();
        before.forEach(
                e -> old.put(e.word().strip().toLowerCase(Locale.ROOT), e.say().strip()));
        int added = 0;
        int changed = 0;
        for (Entry e : after) {
            String was = old.remove(e.word().strip().toLowerCase(Locale.ROOT));
            if (was == null) {
                added++;
            } else if (!was.equals(e.say().strip())) {
                changed++;
            }
        }
        return "Saved pronunciations.yml: " + after.size() + " words; " + added + " added, " + changed + " changed, "
                + old.size() + " removed";
    }

    private void tell(String sentence) {
        tell(sentence.isEmpty() ? List.of() : List.of(sentence));
    }

    private void tell(List<String> sentences) {
        said.removeAll();
        sentences.forEach(s -> said.add(new Paragraph(s)));
    }

    @Override
    public String getPageTitle() {
        return messages.get("staff.pronunciations.page-title");
    }
}
