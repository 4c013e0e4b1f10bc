package org.dropinkiosk.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dropinkiosk.config.LiveSettings;
import org.dropinkiosk.config.VenueSetting;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.network.StaffNetwork;
import org.dropinkiosk.visits.Today;

/** The staff home: how many came today, who is here now, and a roll call to print for a fire drill. */
@Route(value = "staff", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class TodayView extends StaffView implements HasDynamicTitle {

    TodayView(
            Messages messages,
            StaffIdle idle,
            AuthenticationContext authentication,
            Today today,
            Clock clock,
            StaffNetwork network,
            LiveSettings settings) {
        super(messages, idle, authentication, "staff.today.title");
        ZoneId zone = clock.getZone();
        var here = today.hereNow();
        Paragraph date =
                new Paragraph(today.date().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", messages.locale())));
        Paragraph came = new Paragraph(messages.get("staff.today.came", today.cameToday()));
        came.setId("staff-came-today");
        Paragraph now = new Paragraph(messages.get("staff.today.here", here.size()));
        now.setId("staff-here-now");
        Div counts = new Div(Symbol.beside("group_work"), new Div(date, came, now));
        counts.addClassNames("kiosk-block", "staff-said");

        NativeTable roll = new NativeTable();
        roll.setId("staff-roll-call");
        roll.addClassName("staff-table");
        roll.setCaptionText(messages.get("staff.today.roll", today.date().toString()));
        (roll)
                .getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(messages.get("staff.today.roll.name")),
                        new NativeTableHeaderCell(messages.get("staff.today.roll.group")),
                        new NativeTableHeaderCell(messages.get("staff.today.roll.since")),
                        new NativeTableHeaderCell(messages.get("staff.today.roll.check"))));
        NativeTableBody body = (roll).getBody();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        for (Today.Present p : here) {
            String name = p.name() == null
                    ? messages.get("staff.today.roll.anonymous")
                    : p.symbol() == null ? p.name() : p.name() + " (" + p.symbol() + ")";
            body.addRows(new NativeTableRow(
                    new NativeTableCell(name),
                    new NativeTableCell(p.groupId() == null ? "" : p.groupId()),
                    new NativeTableCell(time.format(p.signedInAt().atZone(zone))),
                    new NativeTableCell("\u2610")));
        }
        BigButton print = new BigButton(
                messages.get("staff.today.print"), e -> getElement().executeJs("window.print()"));
        print.addClassName("kiosk-button-small");
        print.setId("staff-print");
        restartNotice(settings).ifPresent(this::add);
        add(counts, print, here.isEmpty() ? new Paragraph(messages.get("staff.today.nobody")) : roll);
        if (network.enabled()) {
            add(networkBlock(network.status()));
        }
    }

    /** Where staff type the address on their own laptop, and the fingerprint to compare with their browser's. */
    private Div networkBlock(StaffNetwork.Status status) {
        Div said = new Div();
        switch (status.state()) {
            case ON -> {
                if (status.addresses().isEmpty()) {
                    said.add(new Paragraph(messages.get("staff.today.network.no-address")));
                } else {
                    said.add(new Paragraph(messages.get("staff.today.network.on")));
                    for (String address : status.addresses()) {
                        Paragraph line = new Paragraph(address);
                        line.addClassName("staff-network-address");
                        said.add(line);
                    }
                }
                Span fingerprint = new Span(status.fingerprint());
                fingerprint.setId("staff-network-fingerprint");
                fingerprint.addClassName("staff-network-fingerprint");
                said.add(new Paragraph(messages.get("staff.today.network.fingerprint")), new Paragraph(fingerprint));
            }
            case PORT_TAKEN -> said.add(new Paragraph(messages.get("staff.today.network.port-taken", status.port())));
            default -> said.add(new Paragraph(messages.get("staff.today.network.no-certificate")));
        }
        Div block =
                new Div(Symbol.beside(status.state() == StaffNetwork.State.ON ? "computer_speaker" : "mistake"), said);
        block.addClassNames("kiosk-block", "staff-said");
        block.setId("staff-network");
        return block;
    }

    /** Settings saved on the Settings page that wait for the kiosk to start again. */
    private Optional<Div> restartNotice(LiveSettings settings) {
        List<VenueSetting> waiting = settings.restartNeeded();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        String names = waiting.stream()
                .map(s -> messages.get("settings.label." + s.fileName()))
                .collect(Collectors.joining(", "));
        Div notice =
                new Div(Symbol.beside("computer_speaker"), new Paragraph(messages.get("staff.today.restart", names)));
        notice.setId("staff-restart-needed");
        notice.addClassNames("kiosk-block", "staff-said");
        notice.getElement().setAttribute("role", "status");
        return Optional.of(notice);
    }

    @Override
    public String getPageTitle() {
        return messages.get("staff.today.page-title");
    }
}
