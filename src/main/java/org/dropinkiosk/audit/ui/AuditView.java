package org.dropinkiosk.audit.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.audit.AuditTrail;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.StaffSettings;
import org.dropinkiosk.staff.ui.StaffView;

/** Who did what and when: the audit trail a page of lines at a time, newest first, with a filter. */
@Route(value = "staff/audit", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class AuditView extends StaffView implements HasDynamicTitle {

    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AuditTrail audit;
    private final Clock clock;
    private final Select<String> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField words = new TextField();
    private final NativeTableBody body;
    private final Paragraph where = new Paragraph();
    private final NativeButton newer;
    private final NativeButton older;
    private int offset;

    AuditView(
            Messages messages,
            StaffIdle idle,
            AuthenticationContext authentication,
            AuditTrail audit,
            Clock clock,
            StaffSettings staff) {
        super(messages, idle, authentication, "audit.title");
        this.audit = audit;
        this.clock = clock;
        List<String> kinds = new ArrayList<>(List.of(""));
        kinds.addAll(audit.actions());
        kind.setLabel(messages.get("audit.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k.isEmpty() ? messages.get("audit.kind.all") : kindInWords(k, false));
        kind.setValue("");
        kind.setId("staff-audit-kind");
        from.setLabel(messages.get("audit.from"));
        from.setId("staff-audit-from");
        to.setLabel(messages.get("audit.to"));
        to.setId("staff-audit-to");
        words.setLabel(messages.get("audit.words"));
        words.setId("staff-audit-words");
        words.addKeyDownListener(Key.ENTER, e -> showFirst());
        kind.addClassName("staff-audit-field");
        from.addClassName("staff-audit-field");
        to.addClassName("staff-audit-field");
        words.addClassName("staff-audit-field");
        NativeButton show = new BigButton(messages.get("audit.show"), e -> showFirst());
        show.setId("staff-audit-show");
        show.addClassName("kiosk-button-small");
        NativeButton clear = new BigButton(messages.get("audit.clear"), e -> {
            kind.setValue("");
            from.clear();
            to.clear();
            words.clear();
            showFirst();
        });
        clear.setId("staff-audit-clear");
        clear.addClassName("kiosk-button-small");
        Div filter = new Div(kind, from, to, words, show, clear);
        filter.addClassName("staff-export-choose");

        newer = new BigButton("back", messages.get("audit.newer"), e -> turn(-PAGE));
        newer.setId("staff-audit-newer");
        newer.addClassName("kiosk-button-small");
        older = new BigButton("next", messages.get("audit.older"), e -> turn(PAGE));
        older.setId("staff-audit-older");
        older.addClassName("kiosk-button-small");
        where.setId("staff-audit-where");
        where.getElement().setAttribute("role", "status");
        Div paging = new Div(newer, where, older);
        paging.addClassName("staff-audit-paging");

        NativeTable table = new NativeTable();
        table.setId("staff-audit");
        table.addClassName("staff-table");
        table.getHead()
                .addRows(new NativeTableRow(
                        new NativeTableHeaderCell(messages.get("audit.when")),
                        new NativeTableHeaderCell(messages.get("audit.venue")),
                        new NativeTableHeaderCell(messages.get("audit.who")),
                        new NativeTableHeaderCell(messages.get("audit.what")),
                        new NativeTableHeaderCell(messages.get("audit.detail"))));
        body = table.getBody();
        add(new Paragraph(messages.get("audit.intro", staff.auditRetentionDays())), filter, paging, table);
        showFirst();
    }

    /** "Wrong PIN" (with its id, "(login-failed)", in the table): the staff area's own kinds; other features' as they are. */
    private String kindInWords(String action, boolean withId) {
        String key = "audit.action." + action;
        String words = messages.get(key);
        return words.equals(key) ? action : withId ? words + " (" + action + ")" : words;
    }

    private void showFirst() {
        offset = 0;
        showPage();
    }

    private void turn(int by) {
        offset = Math.max(0, offset + by);
        showPage();
    }

    private void showPage() {
        var zone = clock.getZone();
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        AuditTrail.Filter filter = new AuditTrail.Filter(
                kind.getValue() == null ? "" : kind.getValue(),
                first == null ? null : first.atStartOfDay(zone).toOffsetDateTime(),
                last == null ? null : OffsetDateTime.from(last.plusDays(1).atStartOfDay(zone)),
                words.getValue());
        AuditTrail.Page page = audit.page(filter, offset, PAGE);
        body.removeAll();
        for (AuditTrail.Entry e : page.entries()) {
            String detail = e.repeats() > 1 && e.lastAt() != null
                    ? e.detail() + " "
                            + messages.get(
                                    "audit.repeats",
                                    e.repeats(),
                                    TIME.format(e.lastAt().atZone(zone)))
                    : e.detail();
            body.addRows(new NativeTableRow(
                    new NativeTableCell(WHEN.format(e.at().atZone(zone))),
                    new NativeTableCell(e.venueId()),
                    new NativeTableCell(e.actor()),
                    new NativeTableCell(kindInWords(e.action(), true)),
                    new NativeTableCell(detail)));
        }
        where.setText(
                page.entries().isEmpty()
                        ? messages.get("audit.none")
                        : messages.get(
                                "audit.lines",
                                offset + 1,
                                offset + page.entries().size()));
        newer.setEnabled(offset > 0);
        older.setEnabled(page.hasOlder());
    }

    @Override
    public String getPageTitle() {
        return messages.get("audit.page-title");
    }
}
