package org.dropinkiosk.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.WildcardParameter;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.meetings.DateChange;
import org.dropinkiosk.meetings.Meeting;
import org.dropinkiosk.meetings.MeetingKind;
import org.dropinkiosk.meetings.MeetingRefused;
import org.dropinkiosk.meetings.Meetings;
import org.dropinkiosk.meetings.Occurrence;
import org.dropinkiosk.meetings.Recurrence;

/**
 * Staff: add a meeting ({@code staff/meetings/edit/new}), change one or its whole series
 * ({@code .../edit/7}), or change just one date of a series ({@code .../edit/7/2026-12-09}).
 */
@Route(value = "staff/meetings/edit", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class MeetingFormView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String KEEP = "KEEP";
    private final Meetings meetings;
    private final Messages messages;
    private final H1 heading = new H1();
    private final Paragraph problem = new Paragraph();
    private final TextField title = new TextField();
    private final Select<MeetingKind> kind = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final Select<String> repeat = new Select<>();
    private final TextField place = new TextField();
    private final TextArea notes = new TextArea();
    private Meeting editing;
    private LocalDate oneDate;

    MeetingFormView(Meetings meetings, Messages messages) {
        this.meetings = meetings;
        this.messages = messages;
        addClassName("staff-meeting-form");
        problem.addClassName("staff-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        title.setLabel(messages.get("meetings.form.title"));
        title.setMaxLength(120);
        kind.setLabel(messages.get("meetings.form.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> messages.get(k.messageKey()));
        kind.setValue(MeetingKind.OTHER);
        date.setLabel(messages.get("meetings.form.date"));
        date.setLocale(messages.locale());
        start.setLabel(messages.get("meetings.form.start"));
        end.setLabel(messages.get("meetings.form.end"));
        for (TimePicker t : List.of(start, end)) {
            t.setStep(Duration.ofMinutes(15));
            t.setLocale(messages.locale());
        }
        repeat.setLabel(messages.get("meetings.form.repeat"));
        place.setLabel(messages.get("meetings.form.place"));
        place.setMaxLength(120);
        notes.setLabel(messages.get("meetings.form.notes"));
        notes.setMaxLength(1000);
        date.addValueChangeListener(e -> repeatChoices());
        repeatChoices();
        Button save = new Button(messages.get("meetings.form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button back = new Button(messages.get("meetings.form.cancel"), e -> backToList());
        Div fields = new Div(title, kind, date, start, end, repeat, place, notes);
        fields.addClassName("staff-form-fields");
        Div actions = new Div(save, back);
        actions.addClassName("staff-actions");
        add(heading, problem, fields, actions);
    }

    @Override
    public void setParameter(BeforeEvent event, @WildcardParameter String parameter) {
        String[] parts = parameter == null ? new String[0] : parameter.split("/");
        editing = null;
        oneDate = null;
        heading.setText(messages.get("meetings.form.new"));
        if (parts.length == 0 || parts[0].isEmpty() || parts[0].equals("new")) {
            return;
        }
        try {
            editing = meetings.find(Long.parseLong(parts[0])).orElse(null);
            if (parts.length > 1) {
                oneDate = LocalDate.parse(parts[1]);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            editing = null;
        }
        if (editing == null) {
            event.forwardTo(StaffMeetingsView.class);
            return;
        }
        if (oneDate != null) {
            fillOneDate();
        } else {
            fill(editing);
        }
    }

    private void fill(Meeting m) {
        heading.setText(messages.get("meetings.form.edit"));
        title.setValue(m.title());
        kind.setValue(m.kind());
        date.setValue(m.start().toLocalDate());
        start.setValue(m.start().toLocalTime());
        end.setValue(m.end().toLocalTime());
        repeatChoices();
        repeat.setValue(
                m.repeats()
                        ? Recurrence.Choice.of(m.repeatRule(), m.start().toLocalDate())
                                .map(Enum::name)
                                .orElse(KEEP)
                        : Recurrence.Choice.NONE.name());
        place.setValue(m.place());
        notes.setValue(m.notes());
        date.setLabel(m.repeats() ? messages.get("meetings.form.first-date") : messages.get("meetings.form.date"));
    }

    private void fillOneDate() {
        heading.setText(messages.get("meetings.form.edit-date", editing.title()));
        Occurrence o = meetings.nextDates(editing.id(), 400).stream()
                .filter(x -> x.originalDate().equals(oneDate))
                .findFirst()
                .orElse(null);
        DateChange existing = meetings.changes(editing.id()).get(oneDate);
        LocalDateTime s = o != null
                ? o.start().toLocalDateTime()
                : oneDate.atTime(editing.start().toLocalTime());
        LocalDateTime e = o != null ? o.end().toLocalDateTime() : s.plus(editing.length());
        date.setValue(s.toLocalDate());
        start.setValue(s.toLocalTime());
        end.setValue(e.toLocalTime());
        place.setValue(existing != null && !existing.place().isEmpty() ? existing.place() : editing.place());
        title.setVisible(false);
        kind.setVisible(false);
        repeat.setVisible(false);
        notes.setVisible(false);
        addComponentAtIndex(1, new Paragraph(messages.get("meetings.form.edit-date.hint")));
    }

    private void repeatChoices() {
        LocalDate first =
                Optional.ofNullable(date.getValue()).orElse(meetings.now().toLocalDate());
        String selected = repeat.getValue();
        List<String> items = new ArrayList<>();
        for (Recurrence.Choice c : Recurrence.Choice.values()) {
            if (c != Recurrence.Choice.MONTHLY_LAST || Recurrence.isLastOfMonth(first)) {
                if (c != Recurrence.Choice.MONTHLY_NTH || Recurrence.nth(first) < 5) {
                    items.add(c.name());
                }
            }
        }
        if (editing != null
                && editing.repeats()
                && Recurrence.Choice.of(editing.repeatRule(), editing.start().toLocalDate())
                        .isEmpty()) {
            items.add(KEEP);
        }
        repeat.setItems(items);
        repeat.setItemLabelGenerator(v -> v.equals(KEEP)
                ? messages.get("meetings.repeat.own", editing.repeatRule())
                : RepeatWords.of(Recurrence.Choice.valueOf(v), first, messages));
        repeat.setValue(selected != null && items.contains(selected) ? selected : Recurrence.Choice.NONE.name());
    }

    void save() {
        problem.setVisible(false);
        try {
            if (date.getValue() == null || start.getValue() == null || end.getValue() == null) {
                throw new MeetingRefused("meetings.refused.no-time");
            }
            LocalDateTime s = date.getValue().atTime(start.getValue());
            LocalDateTime e = date.getValue().atTime(end.getValue());
            if (oneDate != null) {
                meetings.changeDate(editing.id(), oneDate, s, e, place.getValue());
                saved(editing.title());
                return;
            }
            String choice = repeat.getValue() == null ? Recurrence.Choice.NONE.name() : repeat.getValue();
            String rule = choice.equals(KEEP)
                    ? editing.repeatRule()
                    : Recurrence.Choice.valueOf(choice).rule(date.getValue());
            Meeting m = new Meeting(
                    editing == null ? 0 : editing.id(),
                    editing == null ? "" : editing.uid(),
                    title.getValue(),
                    kind.getValue(),
                    s,
                    e,
                    place.getValue(),
                    notes.getValue(),
                    rule);
            saved(meetings.save(m).title());
        } catch (MeetingRefused refused) {
            problem.setText(messages.get(refused.key(), refused.args()));
            problem.setVisible(true);
        }
    }

    private void saved(String what) {
        getUI().ifPresent(ui -> {
            ui.navigate(StaffMeetingsView.class);
            Notification.show(messages.get("meetings.form.saved", what));
        });
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(StaffMeetingsView.class));
    }

    @Override
    public String getPageTitle() {
        return messages.get("meetings.form.page-title");
    }
}
