package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.staff.AuditTrail;
import org.dropinkiosk.staff.StaffIdle;

/** Who did what and when: the newest 500 lines of the audit trail. */
@Route(value = "staff/audit", layout = StaffLayout.class)
@PageTitle("Staff: audit")
@RolesAllowed(StaffPage.ROLE)
class AuditView extends StaffView {

    static final int SHOWN = 500;

    AuditView(Messages messages, StaffIdle idle, AuthenticationContext authentication, AuditTrail audit, Clock clock) {
        super(messages, idle, authentication, audit, "staff.audit.title");
        NativeTable table = new NativeTable();
        table.setId("staff-audit");
        table.addClassName("staff-table");
                (table).getHead().addRows(new NativeTableRow(new NativeTableHeaderCell(messages.get("staff.audit.when")),
                new NativeTableHeaderCell(messages.get("staff.audit.venue")),
                new NativeTableHeaderCell(messages.get("staff.audit.who")),
                new NativeTableHeaderCell(messages.get("staff.audit.what")),
                new NativeTableHeaderCell(messages.get("staff.audit.detail"))));
        NativeTableBody body = (table).getBody();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        for (AuditTrail.Entry e : audit.newest(SHOWN)) {
            body.addRows(new NativeTableRow(new NativeTableCell(when.format(e.at().atZone(clock.getZone()))),
                    new NativeTableCell(e.venueId()), new NativeTableCell(e.actor()),
                    new NativeTableCell(e.action()), new NativeTableCell(e.detail())));
        }
        add(new Paragraph(messages.get("staff.audit.intro", SHOWN)), table);
    }
}
