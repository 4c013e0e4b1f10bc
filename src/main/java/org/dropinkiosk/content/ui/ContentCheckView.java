package org.dropinkiosk.content.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dropinkiosk.content.ContentLibrary;
import org.dropinkiosk.content.EasyReadChecker;
import org.dropinkiosk.content.EasyReadFinding;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;

/** Staff: the easy-read check of the news content, and a button to read the content folder again. */
@Route(value = "staff/content", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/content.css")
class ContentCheckView extends Div implements HasDynamicTitle {

    private final Messages messages;
    private final ContentLibrary library;
    private final Paragraph status = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList report = new UnorderedList();

    ContentCheckView(Messages messages, ContentLibrary library) {
        this.messages = messages;
        this.library = library;
        addClassName("content-check");
        NativeButton reload = new NativeButton(messages.get("content.staff.reload"), e -> reload());
        reload.addClassNames("kiosk-button", "kiosk-button-small");
        reload.setId("content-reload");
        status.setId("content-status");
        status.getElement().setAttribute("role", "status");
        summary.setId("content-summary");
        report.setId("content-report");
        report.addClassName("content-report");
        add(
                new H1(messages.get("content.staff.title")),
                new Paragraph(messages.get("content.staff.help")),
                reload,
                status,
                summary,
                report);
        show(library.current());
    }

    private void reload() {
        ContentLibrary.Snapshot snapshot = library.reload();
        status.setText(messages.get(
                "content.staff.reloaded", snapshot.pages(), snapshot.screens().size()));
        show(snapshot);
    }

    private void show(ContentLibrary.Snapshot snapshot) {
        long errors = EasyReadChecker.errors(snapshot.findings());
        summary.setText(
                snapshot.findings().isEmpty()
                        ? messages.get("content.staff.none")
                        : messages.get(
                                "content.staff.summary",
                                errors,
                                snapshot.findings().size() - errors));
        report.removeAll();
        for (EasyReadFinding f : snapshot.findings()) {
            Span kind = new Span(messages.get(f.error() ? "content.staff.error" : "content.staff.advice"));
            kind.addClassName(f.error() ? "content-error" : "content-advice");
            report.add(new ListItem(kind, new Span(" " + f.sentence())));
        }
    }

    @Override
    public String getPageTitle() {
        return messages.get("content.staff.menu");
    }
}
