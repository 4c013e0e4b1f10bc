package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.ratings.RatingTallies;
import org.dropinkiosk.ratings.Tally;

/** Staff: what visitors said, counted per question for a date range, as a table and a bar chart. */
@Route(value = "staff/answers", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/ratings.css")
class AnswersView extends Div implements HasDynamicTitle {

    private final Messages messages;
    private final RatingTallies tallies;
    private final DatePicker from;
    private final DatePicker to;
    private final Div result = new Div();

    AnswersView(Messages messages, RatingTallies tallies, Clock clock) {
        this.messages = messages;
        this.tallies = tallies;
        addClassName("ratings-staff");
        LocalDate today = LocalDate.now(clock);
        from = new DatePicker(messages.get("ratings.staff.from"), today.minusDays(30));
        to = new DatePicker(messages.get("ratings.staff.to"), today);
        Button show = new Button(messages.get("ratings.staff.show"), e -> show());
        Div range = new Div(from, to, show);
        range.addClassName("ratings-range");
        add(new H1(messages.get("ratings.staff.answers.title")), range, result);
        show();
    }

    private void show() {
        result.removeAll();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        List<Tally> found = tallies.tallies(start, end);
        if (found.isEmpty()) {
            result.add(new Paragraph(messages.get("ratings.staff.none")));
            return;
        }
        result.add(table(found), new TallyChart(messages, found, messages.get("ratings.staff.chart", start, end)));
    }

    private NativeTable table(List<Tally> found) {
        NativeTable table = new NativeTable();
        table.addClassName("ratings-tally");
        NativeTableRow head = new NativeTableRow();
        for (String key : List.of(
                "ratings.staff.set",
                "ratings.staff.question",
                "ratings.staff.good",
                "ratings.staff.bad",
                "ratings.staff.not-sure",
                "ratings.staff.skipped",
                "ratings.staff.helped",
                "ratings.staff.follow-ups")) {
            head.addHeaderCell().setText(messages.get(key));
        }
        table.getHead().add(head);
        for (Tally t : found) {
            NativeTableRow row = new NativeTableRow();
            row.addDataCell().setText(t.setTitle());
            row.addDataCell().setText(t.questionText());
            row.addDataCell().setText(String.valueOf(t.good()));
            row.addDataCell().setText(String.valueOf(t.bad()));
            row.addDataCell().setText(String.valueOf(t.notSure()));
            row.addDataCell().setText(String.valueOf(t.skipped()));
            row.addDataCell().setText(t.helped() + " (" + Math.round(t.helpedShare() * 100) + "%)");
            row.addDataCell()
                    .setText(t.followUps().stream()
                            .map(p -> messages.get("ratings.staff.follow-up", p.text(), p.count()))
                            .collect(Collectors.joining(", ")));
            table.getBody().add(row);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return messages.get("ratings.staff.answers");
    }
}
