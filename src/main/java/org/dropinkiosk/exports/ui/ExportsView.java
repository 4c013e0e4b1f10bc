package org.dropinkiosk.exports.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dropinkiosk.exports.RemovableDrives;
import org.dropinkiosk.exports.SafeRemoval;
import org.dropinkiosk.exports.SaveToStick;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.staff.StaffIdle;
import org.dropinkiosk.staff.ui.StaffView;

/** Download links for visits and answers, and saving visits on a USB stick: pick the days and the venues, then a file. */
@Route(value = "staff/exports", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
class ExportsView extends StaffView implements HasDynamicTitle {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final RadioButtonGroup<String> venues = new RadioButtonGroup<>();
    private final List<Anchor> links;

    ExportsView(
            Messages messages,
            StaffIdle idle,
            AuthenticationContext authentication,
            Clock clock,
            RemovableDrives drives,
            SaveToStick save,
            SafeRemoval removal) {
        super(messages, idle, authentication, "exports.title");
        LocalDate today = LocalDate.now(clock);
        from.setLabel(messages.get("exports.from"));
        from.setValue(today.withDayOfMonth(1));
        from.setId("staff-export-from");
        from.setLocale(messages.locale());
        to.setLocale(messages.locale());
        to.setLabel(messages.get("exports.to"));
        to.setValue(today);
        to.setId("staff-export-to");
        venues.setLabel(messages.get("exports.venues"));
        venues.setItems("this", "all");
        venues.setItemLabelGenerator(v -> messages.get("exports.venues." + v));
        venues.setValue("this");
        Div choose = new Div(from, to, venues);
        choose.addClassName("staff-export-choose");

        links = List.of(link("visits", "csv"), link("visits", "xlsx"), link("answers", "csv"), link("answers", "xlsx"));
        Div files = new Div();
        files.addClassName("staff-export-links");
        links.forEach(files::add);
        Div said = new Div(
                Symbol.beside("download"),
                new Div(new Paragraph(messages.get("exports.intro")), new Paragraph(messages.get("exports.safe"))));
        said.addClassNames("kiosk-block", "staff-said");
        add(said, choose, files, new StickSection(messages, drives, save, removal, this::range));
        from.addValueChangeListener(e -> update());
        to.addValueChangeListener(e -> update());
        venues.addValueChangeListener(e -> update());
        update();
    }

    private StickSection.Range range() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean ok = start != null && end != null && !end.isBefore(start);
        return ok
                ? new StickSection.Range(start, end, "all".equals(venues.getValue()))
                : new StickSection.Range(null, null, false);
    }

    private Anchor link(String kind, String format) {
        Anchor a = new Anchor("#", messages.get("exports.link." + kind + "." + format));
        a.setRouterIgnore(true);
        a.getElement().setAttribute("download", true);
        a.addClassName("staff-export-link");
        a.setId("staff-export-" + kind + "-" + format);
        a.getElement().setAttribute("data-kind", kind);
        a.getElement().setAttribute("data-format", format);
        return a;
    }

    private void update() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean ok = start != null && end != null && !end.isBefore(start);
        for (Anchor a : links) {
            String href = "/staff/export/" + a.getElement().getAttribute("data-kind") + "."
                    + a.getElement().getAttribute("data-format") + "?from=" + start + "&to=" + end + "&venue="
                    + venues.getValue();
            a.setHref(ok ? href : "#");
            a.setEnabled(ok);
        }
    }

    @Override
    public String getPageTitle() {
        return messages.get("exports.page-title");
    }
}
