package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.Retention;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffLogin;
import org.dropinkiosk.visits.Today;

/** How long visits keep their names, and erasing one person on request (pick, then confirm). */
@Route(value = "staff/privacy", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class PrivacyView extends StaffView implements HasDynamicTitle {

    private final Retention retention;
    private final Today today;
    private final ComboBox<Today.Visitor> person = new ComboBox<>();
    private final Div confirm = new Div();
    private final Paragraph result = new Paragraph();

    PrivacyView(
            Messages messages, StaffIdle idle, AuthenticationContext authentication, Retention retention, Today today) {
        super(messages, idle, authentication, "staff.privacy.title");
        this.retention = retention;
        this.today = today;
        Div keep = new Div(
                Symbol.beside("calendar"),
                new Div(
                        new Paragraph(messages.get(
                                "staff.privacy.retention",
                                retention.retentionDays(),
                                retention.cutoff().toString())),
                        new Paragraph(messages.get("staff.privacy.nightly"))));
        keep.addClassNames("kiosk-block", "staff-said");
        BigButton now = new BigButton(messages.get("staff.privacy.run"), e -> {
            var done = retention.anonymiseOldVisits();
            result.setText(messages.get("staff.privacy.ran", done.visits(), done.visitors()));
        });
        now.addClassName("kiosk-button-small");
        now.setId("staff-retention-run");

        person.setLabel(messages.get("staff.privacy.erase.who"));
        person.setId("staff-erase-person");
        person.setItemLabelGenerator(this::label);
        person.setItems(today.visitors());
        person.setWidth("min(100%, 640px)");
        BigButton erase = new BigButton(messages.get("staff.privacy.erase"), e -> ask());
        erase.addClassName("kiosk-button-small");
        erase.setId("staff-erase");
        confirm.addClassName("staff-confirm");
        confirm.setVisible(false);
        result.setId("staff-privacy-result");
        result.getElement().setAttribute("role", "status");
        add(
                keep,
                now,
                new H2(messages.get("staff.privacy.erase.title")),
                new Paragraph(messages.get("staff.privacy.erase.what")),
                person,
                erase,
                confirm,
                result);
    }

    private String label(Today.Visitor v) {
        String who = v.symbol() == null ? v.name() : v.name() + " (" + v.symbol() + ")";
        return v.lastVisit() == null
                ? who
                : messages.get("staff.privacy.erase.item", who, v.lastVisit().toString());
    }

    private void ask() {
        Today.Visitor v = person.getValue();
        confirm.removeAll();
        if (v == null) {
            result.setText(messages.get("staff.privacy.erase.pick"));
            return;
        }
        result.setText("");
        BigButton yes = new BigButton(messages.get("staff.privacy.erase.yes"), e -> {
            var done = retention.erase(v.id(), StaffLogin.ACTOR);
            confirm.setVisible(false);
            person.setItems(today.visitors());
            person.clear();
            result.setText(messages.get("staff.privacy.erased", done.visits()));
        });
        yes.setId("staff-erase-yes");
        yes.addClassName("kiosk-button-small");
        BigButton no = new BigButton(messages.get("staff.privacy.erase.no"), e -> {
            confirm.setVisible(false);
            result.setText(messages.get("staff.privacy.erase.kept"));
        });
        no.addClassName("kiosk-button-small");
        confirm.add(new Paragraph(messages.get("staff.privacy.erase.sure", label(v))), yes, no);
        confirm.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return messages.get("staff.privacy.page-title");
    }
}
