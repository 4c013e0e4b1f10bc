package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.AuditTrail;
import org.dropinkiosk.staff.Backups;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;

/** The backups there are, a button for one now, and how to put one back. */
@Route(value = "staff/backups", layout = StaffLayout.class)
@PageTitle("Staff: backups")
@RolesAllowed(StaffPage.ROLE)
class BackupsView extends StaffView {

    static final String RESTORE = "./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.staff.RestoreBackup -Dexec.args=\"latest\"";

    private final Backups backups;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph result = new Paragraph();

    BackupsView(Messages messages, StaffIdle idle, AuthenticationContext authentication, AuditTrail audit, Backups backups) {
        super(messages, idle, authentication, audit, "staff.backups.title");
        this.backups = backups;
        if (!backups.supported()) {
            Div said = new Div(Symbol.beside("save"), new Paragraph(messages.get("staff.backups.postgres")));
            said.addClassNames("kiosk-block", "staff-said");
            add(said);
            return;
        }
        Div said = new Div(Symbol.beside("save"), new Div(
                new Paragraph(messages.get("staff.backups.nightly", Backups.KEEP)),
                new Paragraph(messages.get("staff.backups.where", backups.folder().toAbsolutePath().normalize().toString()))));
        said.addClassNames("kiosk-block", "staff-said");
        BigButton now = new BigButton(messages.get("staff.backups.now"), e -> {
            try {
                var made = backups.backupNow(StaffLogin.ACTOR);
                result.setText(messages.get("staff.backups.made", made.file().getFileName().toString()));
            } catch (RuntimeException failed) {
                result.setText(messages.get("staff.backups.failed"));
            }
            show();
        });
        now.addClassName("kiosk-button-small");
        now.setId("staff-backup-now");
        result.getElement().setAttribute("role", "status");
        list.setId("staff-backups");
        add(said, now, result, list, new Paragraph(messages.get("staff.backups.restore")), new Pre(RESTORE));
        show();
    }

    private void show() {
        list.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", messages.locale());
        for (Backups.Backup b : backups.list()) {
            list.add(new ListItem(messages.get("staff.backups.item", b.made().format(when),
                    b.file().getFileName().toString(), Math.max(1, b.bytes() / 1024))));
        }
        if (backups.list().isEmpty()) {
            list.add(new ListItem(messages.get("staff.backups.none")));
        }
    }
}
