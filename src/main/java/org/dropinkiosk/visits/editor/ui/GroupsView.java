package org.dropinkiosk.visits.editor.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.kiosk.ConfigEditorFrame;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.PictureChooser;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.visits.Group;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.editor.GroupsEditor;
import org.dropinkiosk.visits.editor.GroupsEditor.Row;

/**
 * Staff change the groups a visitor chooses from at sign-in: name, picture, order, hidden; Save writes groups.yml
 * (only over the version this page opened) and the sign-in screen shows the change at once.
 */
@Route(value = "staff/groups", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/config-editors.css")
class GroupsView extends Div implements HasDynamicTitle {

    static final String NEW_PICTURE = "group_work";

    private final Messages messages;
    private final GroupsEditor editor;
    private final PictureChooser chooser;
    private final PictureResolver pictures;
    private final VisitService visits;
    private final ConfigEditorFrame frame;
    private final OrderedList list = new OrderedList();
    private final TextField newName = new TextField();
    private final List<Row> rows = new ArrayList<>();
    private GroupsEditor.Opened opened;

    GroupsView(
            Messages messages,
            GroupsEditor editor,
            PictureChooser chooser,
            PictureResolver pictures,
            VisitService visits) {
        this.messages = messages;
        this.editor = editor;
        this.chooser = chooser;
        this.pictures = pictures;
        this.visits = visits;
        addClassName("config-editor");
        frame = new ConfigEditorFrame(
                messages,
                new ConfigEditorFrame.Words(
                        "visits.editor.save",
                        "visits.editor.reload",
                        "visits.editor.saved",
                        "visits.editor.not-saved",
                        "visits.editor.changed-on-disk",
                        "visits.editor.disk"),
                "groups.yml",
                "groups",
                this::save,
                this::load);
        list.setId("groups-list");
        list.addClassName("config-editor-list");
        newName.setLabel(messages.get("visits.editor.new-name"));
        newName.setId("groups-new-name");
        newName.addClassName("config-editor-field");
        newName.setValueChangeMode(ValueChangeMode.EAGER); // the value is there when Add is pressed straight after
        NativeButton add = button(messages.get("visits.editor.add"), this::add);
        add.setId("groups-add");
        Div adding = new Div(newName, add);
        adding.addClassName("config-editor-adding");
        add(
                new H1(messages.get("visits.editor.title")),
                new Paragraph(messages.get("visits.editor.intro", Group.MOST_SHOWN)),
                frame.status(),
                frame.fileMistakes(),
                frame.bar(),
                list,
                new H2(messages.get("visits.editor.add-heading")),
                adding);
        load();
    }

    private void load() {
        opened = editor.open();
        rows.clear();
        rows.addAll(opened.rows());
        frame.showFileMistakes(opened.problems());
        render();
        frame.say(rows.isEmpty() ? messages.get("visits.editor.none") : "");
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            list.add(row(i));
        }
    }

    private ListItem row(int index) {
        Row row = rows.get(index);
        int n = index + 1;
        String name = row.name().isBlank() ? String.valueOf(n) : row.name();
        Image image = new Image(pictures.url(row.picture()).orElse("symbols/placeholder.svg"), "");
        image.addClassName("config-editor-picture");
        TextField field = new TextField(messages.get("visits.editor.name", n));
        field.addClassName("config-editor-field");
        field.setId("group-name-" + n);
        field.setValue(row.name());
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> rows.set(index, rows.get(index).named(e.getValue())));
        Span state = new Span(messages.get(row.hidden() ? "visits.editor.hidden" : "visits.editor.shown"));
        state.addClassName(row.hidden() ? "config-editor-hidden" : "config-editor-shown");
        Div text = new Div(field, state);
        text.addClassName("config-editor-text");
        Div finderSlot = new Div();
        finderSlot.addClassName("config-editor-finder");
        NativeButton find =
                named(button(messages.get("visits.editor.find"), () -> {}), "visits.editor.find-named", name);
        find.addClickListener(e -> {
            finderSlot.removeAll();
            finderSlot.add(chooser.open(
                    messages.get("visits.editor.finder-title", name),
                    chosen -> {
                        rows.set(index, rows.get(index).showing(chosen));
                        render();
                        frame.say(messages.get("visits.editor.picture-chosen", chosen, name));
                    },
                    finderSlot::removeAll));
        });
        NativeButton up =
                named(button(messages.get("visits.editor.up"), () -> move(index, -1)), "visits.editor.up-named", name);
        up.setEnabled(index > 0);
        NativeButton down = named(
                button(messages.get("visits.editor.down"), () -> move(index, 1)), "visits.editor.down-named", name);
        down.setEnabled(index < rows.size() - 1);
        NativeButton hide = named(
                button(
                        messages.get(row.hidden() ? "visits.editor.show" : "visits.editor.hide"),
                        () -> hide(index, !row.hidden())),
                row.hidden() ? "visits.editor.show-named" : "visits.editor.hide-named",
                name);
        Div actions = new Div(find, up, down, hide);
        actions.addClassName("config-editor-actions");
        NativeButton remove =
                named(button(messages.get("visits.editor.remove"), () -> {}), "visits.editor.remove-named", name);
        remove.addClickListener(e -> confirmRemove(index, name, actions));
        actions.add(remove);
        Div top = new Div(image, text, actions);
        top.addClassName("config-editor-row-top");
        ListItem item = new ListItem(top, finderSlot);
        item.addClassName("config-editor-row");
        item.setId("group-row-" + n);
        return item;
    }

    static NativeButton button(String label, Runnable action) {
        return ConfigEditorFrame.button(label, action);
    }

    private NativeButton named(NativeButton button, String key, String name) {
        button.getElement().setAttribute("aria-label", messages.get(key, name));
        return button;
    }

    private void add() {
        String name = newName.getValue().strip();
        if (name.isEmpty()) {
            frame.say(messages.get("visits.editor.add-empty"));
            newName.focus();
            return;
        }
        if (rows.size() >= GroupsEditor.MOST_GROUPS) {
            frame.say(messages.get("visits.editor.problem.too-many", GroupsEditor.MOST_GROUPS));
            return;
        }
        rows.add(Row.added(name, NEW_PICTURE));
        newName.clear();
        render();
        frame.say(messages.get("visits.editor.added", name));
    }

    private void move(int index, int step) {
        int to = index + step;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.add(to, rows.remove(index));
        render();
        frame.say(messages.get(step < 0 ? "visits.editor.moved-up" : "visits.editor.moved-down", to + 1));
    }

    private void hide(int index, boolean hide) {
        Row row = rows.get(index).hidden(hide);
        rows.set(index, row);
        render();
        frame.say(messages.get(hide ? "visits.editor.now-hidden" : "visits.editor.now-shown", row.name()));
    }

    /** A plain question before a group goes; a group with visits is hidden instead, so its visits keep its name. */
    private void confirmRemove(int index, String name, Div actions) {
        Row row = rows.get(index);
        boolean used = row.id() != null && visits.groupInUse(row.id());
        Paragraph ask =
                new Paragraph(messages.get(used ? "visits.editor.remove-ask-used" : "visits.editor.remove-ask", name));
        NativeButton yes =
                button(messages.get(used ? "visits.editor.remove-yes-hide" : "visits.editor.remove-yes"), () -> {
                    if (used) {
                        hide(index, true);
                    } else {
                        rows.remove(index);
                        render();
                        frame.say(messages.get("visits.editor.removed", name));
                    }
                });
        yes.setId("groups-remove-yes");
        NativeButton no = button(messages.get("visits.editor.remove-no"), this::render);
        Div confirm = new Div(ask, yes, no);
        confirm.addClassName("config-editor-confirm");
        actions.removeAll();
        actions.add(confirm);
        yes.focus();
    }

    private void save() {
        frame.save(() -> {
            opened = editor.save(List.copyOf(rows), opened.version());
            rows.clear();
            rows.addAll(opened.rows());
            render();
        });
    }

    @Override
    public String getPageTitle() {
        return messages.get("visits.editor.title");
    }
}
