package org.dropinkiosk.backups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.dropinkiosk.backups.Backups;
import org.dropinkiosk.backups.RestoreInPlace;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;
import org.dropinkiosk.staff.ui.StaffView;

/** The backups there are, a button for one now, and putting one back after two confirmations. */
@Route(value = "staff/backups", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class BackupsView extends StaffView implements HasDynamicTitle {

    private final Backups backups;
    private final RestoreInPlace restore;
    private final UnorderedList list = new UnorderedList();
    private final Div confirm = new Div();
    private final Paragraph result = new Paragraph();

    BackupsView(
            Messages messages,
            StaffIdle idle,
            AuthenticationContext authentication,
            Backups backups,
            RestoreInPlace restore) {
        super(messages, idle, authentication, "backups.title");
        this.backups = backups;
        this.restore = restore;
        if (!backups.supported()) {
            Div said = new Div(
                    Symbol.beside("save"),
                    new Div(
                            new Paragraph(messages.get("backups.postgres")),
                            new Paragraph(messages.get("backups.postgres.restore"))));
            said.addClassNames("kiosk-block", "staff-said");
            add(said);
            return;
        }
        Div said = new Div(
                Symbol.beside("save"),
                new Div(
                        new Paragraph(messages.get("backups.nightly", Backups.KEEP)),
                        new Paragraph(messages.get(
                                "backups.where",
                                backups.folder().toAbsolutePath().normalize().toString()))));
        said.addClassNames("kiosk-block", "staff-said");
        BigButton now = new BigButton(messages.get("backups.now"), e -> {
            try {
                var made = backups.backupNow(StaffLogin.ACTOR);
                result.setText(
                        messages.get("backups.made", made.file().getFileName().toString()));
            } catch (RuntimeException failed) {
                result.setText(messages.get("backups.failed"));
            }
            show();
        });
        now.addClassName("kiosk-button-small");
        now.setId("staff-backup-now");
        result.getElement().setAttribute("role", "status");
        result.setId("staff-backups-result");
        list.setId("staff-backups");
        list.addClassName("staff-backups");
        confirm.addClassName("staff-confirm");
        confirm.setId("staff-restore-confirm");
        confirm.setVisible(false);
        add(said, now, result, new Paragraph(messages.get("backups.restore")), confirm, list);
        show();
    }

    private String when(Backups.Backup b) {
        return b.made().format(DateTimeFormatter.ofPattern(messages.get("backups.when"), messages.locale()));
    }

    private void show() {
        list.removeAll();
        for (Backups.Backup b : backups.list()) {
            Span what = new Span(messages.get(
                    "backups.item", when(b), b.file().getFileName().toString(), Math.max(1, b.bytes() / 1024)));
            BigButton putBack = new BigButton(messages.get("backups.put-back", when(b)), e -> ask(b));
            putBack.addClassNames("kiosk-button-small", "staff-restore");
            list.add(new ListItem(what, putBack));
        }
        if (backups.list().isEmpty()) {
            list.add(new ListItem(messages.get("backups.none")));
        }
    }

    /** First confirmation: what is lost. */
    private void ask(Backups.Backup b) {
        result.setText("");
        BigButton yes = new BigButton(messages.get("backups.yes"), e -> askAgain(b));
        yes.setId("staff-restore-yes");
        yes.addClassName("kiosk-button-small");
        showConfirm(messages.get("backups.sure", when(b)), yes);
    }

    /** Second confirmation: the last chance to stop. */
    private void askAgain(Backups.Backup b) {
        BigButton yes = new BigButton(messages.get("backups.yes-again"), e -> putBack(b));
        yes.setId("staff-restore-yes-again");
        yes.addClassName("kiosk-button-small");
        showConfirm(messages.get("backups.sure-again", when(b)), yes);
    }

    private void showConfirm(String sentence, BigButton yes) {
        BigButton no = new BigButton(messages.get("backups.no"), e -> {
            confirm.setVisible(false);
            result.setText(messages.get("backups.kept"));
        });
        no.addClassName("kiosk-button-small");
        no.setId("staff-restore-no");
        confirm.removeAll();
        Paragraph text = new Paragraph(sentence);
        text.setId("staff-restore-sure");
        confirm.add(text, yes, no);
        confirm.setVisible(true);
    }

    private void putBack(Backups.Backup b) {
        confirm.setVisible(false);
        RestoreInPlace.Outcome done;
        try {
            done = restore.restore(b, StaffLogin.ACTOR, when(b));
        } catch (RuntimeException e) {
            result.setText(messages.get("backups.restore-failed"));
            return;
        }
        if (done.restored()) {
            end("Backup of " + when(b) + " put back"); // the kiosk goes back to visitors' Home on the restored data
            return;
        }
        result.setText(messages.get(
                switch (done.problem()) {
                    case DAMAGED -> "backups.damaged";
                    case BUSY -> "backups.busy";
                    case NOT_SUPPORTED -> "backups.postgres.restore";
                }));
    }

    @Override
    public String getPageTitle() {
        return messages.get("backups.page-title");
    }
}
