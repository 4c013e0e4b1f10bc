package org.dropinkiosk.ratings.editor.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.kiosk.ConfigEditorFrame;
import org.dropinkiosk.kiosk.EasyReadAdvice;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.PictureChooser;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.ratings.FollowUp;
import org.dropinkiosk.ratings.QuestionSet;
import org.dropinkiosk.ratings.editor.QuestionSetsEditor;
import org.dropinkiosk.ratings.editor.QuestionSetsEditor.QuestionDraft;
import org.dropinkiosk.ratings.editor.QuestionSetsEditor.SetDraft;

/**
 * Staff change the Tell us question sets: each set's title and picture, each question's words and picture, and
 * their order; the easy-read checker's findings stand beside each question as it is typed. Save writes
 * questions.yml (only over the version this page opened) and Tell us shows the change at once.
 */
@Route(value = "staff/questions", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/config-editors.css")
class QuestionsView extends Div implements HasDynamicTitle {

    static final String NEW_PICTURE = "talk";

    private final Messages messages;
    private final QuestionSetsEditor editor;
    private final PictureChooser chooser;
    private final EasyReadAdvice advice;
    private final PictureResolver pictures;
    private final ConfigEditorFrame frame;
    private final Div setsShown = new Div();
    private final TextField newTitle = new TextField();
    private final List<SetDraft> sets = new ArrayList<>();
    private QuestionSetsEditor.Opened opened;

    QuestionsView(
            Messages messages,
            QuestionSetsEditor editor,
            PictureChooser chooser,
            EasyReadAdvice advice,
            PictureResolver pictures) {
        this.messages = messages;
        this.editor = editor;
        this.chooser = chooser;
        this.advice = advice;
        this.pictures = pictures;
        addClassName("config-editor");
        frame = new ConfigEditorFrame(
                messages,
                new ConfigEditorFrame.Words(
                        "ratings.editor.save",
                        "ratings.editor.reload",
                        "ratings.editor.saved",
                        "ratings.editor.not-saved",
                        "ratings.editor.changed-on-disk",
                        "ratings.editor.disk"),
                "questions.yml",
                "questions",
                this::save,
                this::load);
        setsShown.setId("question-sets");
        newTitle.setLabel(messages.get("ratings.editor.new-title"));
        newTitle.setId("questions-new-title");
        newTitle.addClassName("config-editor-field");
        newTitle.setValueChangeMode(ValueChangeMode.EAGER); // the value is there when Add is pressed straight after
        NativeButton add = button(messages.get("ratings.editor.add-set"), this::addSet);
        add.setId("questions-add-set");
        Div adding = new Div(newTitle, add);
        adding.addClassName("config-editor-adding");
        add(
                new H1(messages.get("ratings.editor.title")),
                new Paragraph(messages.get("ratings.editor.intro", QuestionSet.MOST_SETS, QuestionSet.MOST_QUESTIONS)),
                frame.status(),
                frame.fileMistakes(),
                frame.bar(),
                setsShown,
                new H2(messages.get("ratings.editor.add-heading")),
                adding);
        load();
    }

    private void load() {
        opened = editor.open();
        sets.clear();
        sets.addAll(opened.sets());
        frame.showFileMistakes(opened.problems());
        render();
        frame.say(sets.isEmpty() ? messages.get("ratings.editor.none") : "");
    }

    private void render() {
        setsShown.removeAll();
        for (int s = 0; s < sets.size(); s++) {
            setsShown.add(set(s));
        }
    }

    private Div set(int s) {
        SetDraft set = sets.get(s);
        int n = s + 1;
        Div box = new Div();
        box.addClassName("config-editor-set");
        box.setId("set-" + n);
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", messages.get("ratings.editor.set", n));
        TextField title = new TextField(messages.get("ratings.editor.set-title", n));
        title.addClassName("config-editor-field");
        title.setId("set-title-" + n);
        title.setValue(set.title);
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> set.title = e.getValue());
        Div finderSlot = new Div();
        String named = messages.get("ratings.editor.set", n);
        Div actions = actions(
                named,
                finderSlot,
                chosen -> set.picture = chosen,
                s,
                sets,
                "ratings.editor.remove-set-ask",
                "set-" + n);
        Div words = new Div(title);
        words.addClassName("config-editor-text");
        Div top = new Div(picture(set.picture), words, actions);
        top.addClassName("config-editor-row-top");
        box.add(top, finderSlot);
        for (int q = 0; q < set.questions.size(); q++) {
            box.add(question(set, n, q));
        }
        NativeButton addQuestion = button(messages.get("ratings.editor.add-question"), () -> {
            if (set.questions.size() >= QuestionSet.MOST_QUESTIONS) {
                frame.say(messages.get("ratings.editor.problem.too-many-questions", n, QuestionSet.MOST_QUESTIONS));
                return;
            }
            QuestionDraft question = new QuestionDraft();
            question.picture = NEW_PICTURE;
            set.questions.add(question);
            render();
            frame.say(messages.get("ratings.editor.question-added", n));
        });
        addQuestion.setId("set-add-question-" + n);
        addQuestion.getElement().setAttribute("aria-label", messages.get("ratings.editor.add-question-named", n));
        box.add(addQuestion);
        return box;
    }

    private Div question(SetDraft set, int n, int q) {
        QuestionDraft question = set.questions.get(q);
        int m = q + 1;
        String id = n + "-" + m;
        TextField text = new TextField(messages.get("ratings.editor.question-text", n, m));
        text.addClassName("config-editor-field");
        text.setId("question-text-" + id);
        text.setValue(question.text);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        Div findings = new Div();
        findings.addClassName("config-editor-findings");
        findings.setId("question-findings-" + id);
        findings.getElement().setAttribute("aria-live", "polite");
        Consumer<String> showFindings = words -> {
            findings.removeAll();
            findings.add(advice.findings(words, text::setValue));
        };
        showFindings.accept(question.text);
        text.addValueChangeListener(e -> {
            question.text = e.getValue();
            showFindings.accept(e.getValue());
        });
        Checkbox notSure = new Checkbox(messages.get("ratings.editor.not-sure"), question.notSure);
        notSure.addValueChangeListener(e -> question.notSure = e.getValue());
        Div words = new Div(text, notSure, followUps(question));
        words.addClassName("config-editor-text");
        Div finderSlot = new Div();
        String named = messages.get("ratings.editor.question", n, m);
        Div actions = actions(
                named,
                finderSlot,
                chosen -> question.picture = chosen,
                q,
                set.questions,
                "ratings.editor.remove-question-ask",
                "question-" + id);
        Div row = new Div(picture(question.picture), words, findings, actions, finderSlot);
        row.addClassName("config-editor-question");
        row.setId("question-" + id);
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", named);
        return row;
    }

    /** The follow-up choices, shown so staff know they are there; they are changed in questions.yml. */
    private Paragraph followUps(QuestionDraft question) {
        List<String> parts = new ArrayList<>();
        if (!question.ifBad.isEmpty()) {
            parts.add(messages.get("ratings.editor.if-bad", texts(question.ifBad)));
        }
        if (!question.ifGood.isEmpty()) {
            parts.add(messages.get("ratings.editor.if-good", texts(question.ifGood)));
        }
        Paragraph p = new Paragraph(String.join(" ", parts));
        p.addClassName("config-editor-follow-ups");
        p.setVisible(!parts.isEmpty());
        return p;
    }

    private static String texts(List<FollowUp> choices) {
        return String.join(", ", choices.stream().map(FollowUp::text).toList());
    }

    private Image picture(String name) {
        Image image = new Image(pictures.url(name).orElse("symbols/placeholder.svg"), "");
        image.addClassName("config-editor-picture");
        return image;
    }

    /** Choose a picture, Up, Down and Remove (with a plain question) for a set or a question in {@code list}. */
    private <T> Div actions(
            String named,
            Div finderSlot,
            Consumer<String> setPicture,
            int index,
            List<T> list,
            String askKey,
            String idPrefix) {
        NativeButton find = button(messages.get("ratings.editor.find"), () -> {});
        find.getElement().setAttribute("aria-label", messages.get("ratings.editor.find-named", named));
        find.setId(idPrefix + "-find");
        find.addClickListener(e -> {
            finderSlot.removeAll();
            finderSlot.add(chooser.open(
                    messages.get("ratings.editor.finder-title", named),
                    chosen -> {
                        setPicture.accept(chosen);
                        render();
                        frame.say(messages.get("ratings.editor.picture-chosen", chosen, named));
                    },
                    finderSlot::removeAll));
        });
        NativeButton up = button(messages.get("ratings.editor.up"), () -> move(list, index, -1, named));
        up.getElement().setAttribute("aria-label", messages.get("ratings.editor.up-named", named));
        up.setEnabled(index > 0);
        NativeButton down = button(messages.get("ratings.editor.down"), () -> move(list, index, 1, named));
        down.getElement().setAttribute("aria-label", messages.get("ratings.editor.down-named", named));
        down.setEnabled(index < list.size() - 1);
        Div actions = new Div(find, up, down);
        actions.addClassName("config-editor-actions");
        NativeButton remove = button(messages.get("ratings.editor.remove"), () -> {});
        remove.getElement().setAttribute("aria-label", messages.get("ratings.editor.remove-named", named));
        remove.setId(idPrefix + "-remove");
        remove.addClickListener(e -> {
            NativeButton yes = button(messages.get("ratings.editor.remove-yes"), () -> {
                list.remove(index);
                render();
                frame.say(messages.get("ratings.editor.removed", named));
            });
            yes.setId(idPrefix + "-remove-yes");
            NativeButton no = button(messages.get("ratings.editor.remove-no"), this::render);
            Div confirm = new Div(new Paragraph(messages.get(askKey, named)), yes, no);
            confirm.addClassName("config-editor-confirm");
            actions.removeAll();
            actions.add(confirm);
            yes.focus();
        });
        actions.add(remove);
        return actions;
    }

    private <T> void move(List<T> list, int index, int step, String named) {
        int to = index + step;
        if (to < 0 || to >= list.size()) {
            return;
        }
        list.add(to, list.remove(index));
        render();
        frame.say(messages.get("ratings.editor.moved", named, to + 1));
    }

    private void addSet() {
        String title = newTitle.getValue().strip();
        if (title.isEmpty()) {
            frame.say(messages.get("ratings.editor.add-empty"));
            newTitle.focus();
            return;
        }
        if (sets.size() >= QuestionSet.MOST_SETS) {
            frame.say(messages.get("ratings.editor.problem.too-many-sets", QuestionSet.MOST_SETS));
            return;
        }
        SetDraft set = new SetDraft();
        set.title = title;
        set.picture = NEW_PICTURE;
        QuestionDraft first = new QuestionDraft();
        first.picture = NEW_PICTURE;
        set.questions.add(first);
        sets.add(set);
        newTitle.clear();
        render();
        frame.say(messages.get("ratings.editor.set-added", title, sets.size()));
    }

    private void save() {
        frame.save(() -> {
            opened = editor.save(List.copyOf(sets), opened.version());
            sets.clear();
            sets.addAll(opened.sets());
            render();
        });
    }

    static NativeButton button(String label, Runnable action) {
        return ConfigEditorFrame.button(label, action);
    }

    @Override
    public String getPageTitle() {
        return messages.get("ratings.editor.title");
    }
}
