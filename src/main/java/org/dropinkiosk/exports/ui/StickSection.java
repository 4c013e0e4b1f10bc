package org.dropinkiosk.exports.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.dropinkiosk.exports.ExportFormat;
import org.dropinkiosk.exports.Exports;
import org.dropinkiosk.exports.RemovableDrives;
import org.dropinkiosk.exports.RemovableDrives.Drive;
import org.dropinkiosk.exports.SafeRemoval;
import org.dropinkiosk.exports.SaveToStick;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.staff.StaffLogin;

/** The Exports page's "Save on a USB stick": one big button per stick, Look again, and Take the stick out safely. */
class StickSection extends Div {

    /** The days and venues the page has chosen; null days when the choice is not valid. */
    record Range(LocalDate from, LocalDate to, boolean allVenues) {}

    private final Messages messages;
    private final RemovableDrives drives;
    private final SaveToStick save;
    private final SafeRemoval removal;
    private final Supplier<Range> range;
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final Div sticks = new Div();
    private final Paragraph said = new Paragraph();
    private final BigButton takeOut;
    private final BigButton lookAgain;
    private Drive lastSaved;

    StickSection(
            Messages messages, RemovableDrives drives, SaveToStick save, SafeRemoval removal, Supplier<Range> range) {
        this.messages = messages;
        this.drives = drives;
        this.save = save;
        this.removal = removal;
        this.range = range;
        addClassName("staff-usb");
        setId("staff-usb");
        format.setLabel(messages.get("exports.usb.format"));
        format.setItems(ExportFormat.CSV, ExportFormat.XLSX);
        format.setItemLabelGenerator(f -> messages.get("exports.usb.format." + f.extension()));
        format.setValue(ExportFormat.CSV);
        format.setId("staff-usb-format");
        sticks.addClassName("staff-usb-sticks");
        sticks.setId("staff-usb-sticks");
        lookAgain = new BigButton("show_me", messages.get("exports.usb.look-again"), e -> look());
        lookAgain.addClassName("kiosk-button-small");
        lookAgain.setId("staff-usb-look-again");
        takeOut = new BigButton(messages.get("exports.usb.take-out"), e -> takeOut());
        takeOut.addClassName("kiosk-button-small");
        takeOut.setId("staff-usb-take-out");
        takeOut.setVisible(false);
        said.setId("staff-usb-said");
        said.getElement().setAttribute("role", "status");
        said.addClassName("staff-usb-said");
        add(
                new H2(messages.get("exports.usb.title")),
                new Paragraph(messages.get("exports.usb.intro")),
                format,
                sticks,
                lookAgain,
                said,
                takeOut);
        look();
    }

    /** Asks the PC which sticks are in now and shows a button for each. */
    private void look() {
        sticks.removeAll();
        RemovableDrives.Found found = drives.find();
        for (Drive drive : found.drives()) {
            BigButton button = new BigButton("save", messages.get("exports.usb.save", drive.label()), e -> save(drive));
            button.addClassName("staff-usb-stick");
            sticks.add(button);
        }
        if (!found.unusable().isEmpty()) {
            said.setText(messages.get("exports.usb.unusable", String.join(", ", found.unusable())));
        } else if (found.drives().isEmpty()) {
            said.setText(messages.get("exports.usb.none"));
        } else if (lastSaved == null) {
            said.setText("");
        }
    }

    private void save(Drive drive) {
        Range days = range.get();
        if (days.from() == null) {
            said.setText(messages.get("exports.usb.pick-days"));
            return;
        }
        SaveToStick.Outcome done = save.save(
                drive,
                Exports.Kind.VISITS,
                format.getValue(),
                days.from(),
                days.to(),
                days.allVenues(),
                StaffLogin.ACTOR);
        if (done.saved()) {
            lastSaved = drive;
            said.setText(messages.get("exports.usb.saved", done.rows(), drive.label(), done.fileName()));
            takeOut.setVisible(true);
            return;
        }
        said.setText(messages.get(
                switch (done.problem()) {
                    case STICK_GONE -> "exports.usb.gone";
                    case STICK_FULL -> "exports.usb.full";
                    case READ_ONLY -> "exports.usb.read-only";
                    case NOT_WRITABLE -> "exports.usb.not-writable";
                    case NOT_WHOLE -> "exports.usb.not-whole";
                },
                drive.label()));
        if (done.problem() == SaveToStick.Problem.STICK_GONE) {
            look();
        }
    }

    private void takeOut() {
        if (lastSaved == null) {
            return;
        }
        SafeRemoval.Outcome done = removal.takeOut(lastSaved, StaffLogin.ACTOR);
        said.setText(
                switch (done.result()) {
                    case UNMOUNTED -> messages.get("exports.usb.taken-out", lastSaved.label());
                    case NOTHING_TO_UNMOUNT -> messages.get("exports.usb.nothing-to-unmount", lastSaved.label());
                    case NOT_ALLOWED ->
                        messages.get("exports.usb.take-out-failed", lastSaved.label(), done.systemSaid());
                });
        lastSaved = null;
        takeOut.setVisible(false);
        lookAgain.focus(); // the pressed button goes away; keyboard users stay in this part of the page
        String keep = said.getText();
        look();
        said.setText(keep);
    }
}
