package org.dropinkiosk.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.meetings.IcsCalendar;
import org.dropinkiosk.meetings.IcsImport;
import org.dropinkiosk.meetings.Meeting;
import org.dropinkiosk.meetings.MeetingRefused;
import org.dropinkiosk.meetings.Meetings;
import org.dropinkiosk.meetings.Occurrence;

/** Staff: every meeting and series, with change, remove, download; and importing an .ics file. */
@Route(value = "staff/meetings", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/meetings.css")
class StaffMeetingsView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final Meetings meetings;
    private final Messages messages;
    private final Div status = new Div();
    private final Div list = new Div();

    StaffMeetingsView(Meetings meetings, Messages messages) {
        this.meetings = meetings;
        this.messages = messages;
        addClassName("staff-meetings");
        status.addClassName("staff-status");
        status.getElement().setAttribute("role", "status");
        Button add = new Button(
                messages.get("meetings.staff.add"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(MeetingFormView.class, "new")));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(messages.get("meetings.staff.title")), status, add, importSection(), list);
        refresh();
    }

    private Div importSection() {
        // Vaadin runs this inside ui.access(); the report reaches the browser with the round trip below, no push
        // needed.
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> receive(meta.fileName(), bytes)));
        // The browser tells the server when the file is in; that round trip carries the report back to the screen.
        upload.getElement().addEventListener("upload-success", e -> {});
        upload.setAcceptedFileTypes(".ics", "text/calendar");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(IcsCalendar.MAX_BYTES);
        upload.setUploadButton(new Button(messages.get("meetings.staff.import.button")));
        upload.addFileRejectedListener(e -> show(List.of(messages.get("meetings.import.too-big")), true));
        Div section = new Div(
                new H2(messages.get("meetings.staff.import.title")),
                new Paragraph(messages.get("meetings.staff.import.hint")),
                upload);
        section.addClassName("staff-meetings-import");
        return section;
    }

    /** Reads an uploaded file and shows a plain report; package-private so tests can hand in any bytes. */
    void receive(String fileName, byte[] bytes) {
        try {
            Meetings.ImportReport report = meetings.importIcs(fileName, bytes);
            List<String> lines = new ArrayList<>();
            lines.add(messages.get("meetings.staff.import.added", report.added().size(), fileName));
            report.added().forEach(m -> lines.add(messages.get("meetings.staff.import.added-one", m.title())));
            for (IcsImport.Skipped s : report.skipped()) {
                String title = s.title().isEmpty() ? messages.get("meetings.staff.import.no-title") : s.title();
                lines.add(messages.get(
                        "meetings.staff.import.skipped",
                        title,
                        messages.get(s.reason(), s.args().toArray())));
            }
            show(lines, false);
        } catch (MeetingRefused e) {
            show(List.of(messages.get(e.key(), e.args())), true);
        }
        refresh();
    }

    private void show(List<String> lines, boolean problem) {
        status.removeAll();
        status.setClassName("staff-problem", problem);
        lines.forEach(line -> status.add(new Paragraph(line)));
    }

    private void refresh() {
        list.removeAll();
        List<Meeting> all = meetings.all();
        if (all.isEmpty()) {
            list.add(new Paragraph(messages.get("meetings.staff.empty")));
        }
        all.forEach(m -> list.add(item(m)));
    }

    private Div item(Meeting m) {
        Div item = new Div();
        item.addClassName("staff-meeting");
        item.add(new H2(m.title()));
        item.add(new Paragraph(messages.get(m.kind().messageKey()) + ". "
                + messages.get(
                        "meetings.staff.when",
                        m.start().format(DAY.withLocale(messages.locale())),
                        m.start().format(TIME),
                        m.end().format(TIME))
                + (m.place().isEmpty() ? "" : ". " + m.place())));
        item.add(new Paragraph(m.repeats() ? RepeatWords.of(m, messages) : messages.get("meetings.staff.one-date")));

        Button change = new Button(
                messages.get("meetings.staff.change"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(MeetingFormView.class, String.valueOf(m.id()))));
        String fileName = m.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".ics";
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] ics = meetings.ics(m.id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(ics),
                            fileName.equals(".ics") ? "meeting.ics" : fileName,
                            "text/calendar",
                            ics.length);
                }),
                messages.get("meetings.staff.download"));
        download.getElement().setAttribute("download", true);
        Button remove =
                new Button(messages.get(m.repeats() ? "meetings.staff.remove.series" : "meetings.staff.remove"));
        remove.addThemeVariants(ButtonVariant.ERROR);
        Div confirm = new Div();
        remove.addClickListener(e -> askToRemove(m, confirm));
        Div actions = new Div(change, download, remove);
        actions.addClassName("staff-actions");
        item.add(actions, confirm);

        if (m.repeats()) {
            item.add(new H3(messages.get("meetings.staff.next-dates")));
            UnorderedList dates = new UnorderedList();
            for (Occurrence o : meetings.nextDates(m.id(), 6)) {
                String when = messages.get(
                                "meetings.staff.when",
                                o.start().format(DAY.withLocale(messages.locale())),
                                o.start().format(TIME),
                                o.end().format(TIME))
                        + (o.changed() ? " " + messages.get("meetings.staff.date-changed") : "");
                Button changeDate = new Button(
                        messages.get("meetings.staff.change-date"),
                        e -> e.getSource()
                                .getUI()
                                .ifPresent(ui -> ui.navigate(MeetingFormView.class, m.id() + "/" + o.originalDate())));
                changeDate
                        .getElement()
                        .setAttribute("aria-label", messages.get("meetings.staff.change-date") + ": " + when);
                Button removeDate = new Button(messages.get("meetings.staff.remove-date"), e -> {
                    try {
                        meetings.removeDate(m.id(), o.originalDate());
                        show(
                                List.of(messages.get(
                                        "meetings.staff.date-removed",
                                        o.start().format(DAY.withLocale(messages.locale())),
                                        m.title())),
                                false);
                    } catch (MeetingRefused refused) {
                        show(List.of(messages.get(refused.key(), refused.args())), true);
                    }
                    refresh();
                });
                removeDate
                        .getElement()
                        .setAttribute("aria-label", messages.get("meetings.staff.remove-date") + ": " + when);
                ListItem li = new ListItem(new Paragraph(when), changeDate, removeDate);
                dates.add(li);
            }
            item.add(dates);
        }
        return item;
    }

    private void askToRemove(Meeting m, Div confirm) {
        confirm.removeAll();
        Button yes = new Button(messages.get("meetings.staff.remove.yes"), e -> {
            try {
                meetings.remove(m.id());
                show(List.of(messages.get("meetings.staff.removed", m.title())), false);
            } catch (MeetingRefused refused) {
                show(List.of(messages.get(refused.key(), refused.args())), true);
            }
            refresh();
        });
        yes.addThemeVariants(ButtonVariant.ERROR);
        Button no = new Button(messages.get("meetings.staff.remove.no"), e -> confirm.removeAll());
        confirm.add(new Paragraph(messages.get("meetings.staff.remove.confirm", m.title())), yes, no);
    }

    @Override
    public String getPageTitle() {
        return messages.get("meetings.staff.title");
    }
}
