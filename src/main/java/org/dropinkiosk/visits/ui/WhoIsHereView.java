package org.dropinkiosk.visits.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.visits.Group;
import org.dropinkiosk.visits.Present;
import org.dropinkiosk.visits.VisitService;
import org.dropinkiosk.visits.VisitorGroups;

/** Staff: who is signed in now, as a roll call that prints on one sheet for a fire drill. */
@Route(value = "staff/here", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/visits.css")
class WhoIsHereView extends Div implements HasDynamicTitle {

    private final Messages messages;

    WhoIsHereView(Messages messages, VisitService visits, VisitorGroups groups, Clock clock) {
        this.messages = messages;
        addClassName("visits-roll-call");
        List<Present> here = visits.whoIsHere();
        H1 title = new H1(messages.get("visits.staff.title"));
        ZonedDateTime now = ZonedDateTime.now(clock);
        Paragraph printed = new Paragraph(messages.get(
                "visits.staff.printed",
                now.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", messages.locale()))));
        Paragraph count = new Paragraph(messages.get("visits.staff.count", here.size(), visits.countToday()));
        count.setId("visits-count");
        NativeButton print = new NativeButton(
                messages.get("visits.staff.print"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("visits-print");
        print.getElement().insertChild(0, Symbol.beside("print").getElement());
        add(title, printed, count, print);
        if (here.isEmpty()) {
            add(new Paragraph(messages.get("visits.staff.nobody")));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("visits-table");
        NativeTableRow head = table.getHead().addRow();
        for (String key : List.of(
                "visits.staff.name",
                "visits.staff.picture",
                "visits.staff.group",
                "visits.staff.since",
                "visits.staff.checked")) {
            head.addHeaderCell().setText(messages.get(key));
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        for (Present p : here) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(p.name());
            row.addDataCell()
                    .add(
                            p.symbol() == null
                                    ? new Span()
                                    : new Span(
                                            Symbol.beside(p.symbol()),
                                            new Span(messages.get("visits.symbol." + p.symbol()))));
            row.addDataCell().setText(groupName(messages, groups, p.groupId()));
            row.addDataCell()
                    .setText(p.signedInAt().atZoneSameInstant(clock.getZone()).format(time));
            Span box = new Span("\u2610");
            box.addClassName("visits-box");
            row.addDataCell().add(box);
        }
        add(table);
    }

    private static String groupName(Messages messages, VisitorGroups groups, String id) {
        if (id == null || VisitorGroups.NO_GROUP.equals(id)) {
            return messages.get("visits.group.none");
        }
        if (VisitorGroups.SUPPORTER.equals(id)) {
            return messages.get("visits.group.supporter");
        }
        return groups.byId(id).map(Group::name).orElse(id);
    }

    @Override
    public String getPageTitle() {
        return messages.get("visits.staff.here");
    }
}
