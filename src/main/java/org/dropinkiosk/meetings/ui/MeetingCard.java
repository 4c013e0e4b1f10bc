package org.dropinkiosk.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dropinkiosk.content.QrCodes;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.meetings.ClockFace;
import org.dropinkiosk.meetings.IcsCalendar;
import org.dropinkiosk.meetings.MeetingWords;
import org.dropinkiosk.meetings.Occurrence;
import org.springframework.web.util.HtmlUtils;

/** One meeting: its picture and title, then short sentences, a clock face and a QR code for a phone. */
class MeetingCard extends Div {

    MeetingCard(Occurrence o, ZonedDateTime now, MeetingWords words, Messages messages) {
        addClassName("meeting-card");
        addClassName("meeting-" + o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Symbol picture = new Symbol(o.kind().symbol(), messages.get(o.kind().messageKey()));
        picture.addClassName("meeting-picture");
        H2 title = new H2(o.title());
        title.addClassName("meeting-title");
        Div head = new Div(picture, title);
        head.addClassName("meeting-head");

        String time = words.time(o.start().toLocalTime());
        Span clock =
                svg(ClockFace.svg(o.start().toLocalTime(), messages.get("meetings.card.clock", time)), "meeting-clock");
        Div timeRow = new Div(clock, sentence(words.sentence(time), "meeting-time"));
        timeRow.addClassName("meeting-time-row");

        add(head, sentence(words.sentence(words.date(o.start().toLocalDate())), "meeting-date"), timeRow);
        if (!o.place().isEmpty()) {
            add(sentence(messages.get("meetings.card.place", o.place()), "meeting-place"));
        }
        add(sentence(words.when(o.start(), now), "meeting-when"));

        Span qr = svg(
                QrCodes.svg(IcsCalendar.qrText(o))
                        .replace(
                                "role=\"img\"",
                                "role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(messages.get("meetings.card.qr"))
                                        + "\""),
                "meeting-qr-code");
        // Whole screen pixels per module keep the code sharp enough for a phone's camera.
        Matcher size =
                Pattern.compile("viewBox=\"0 0 (\\d+)").matcher(qr.getElement().getProperty("innerHTML", ""));
        if (size.find()) {
            qr.getElement().getStyle().set("--qr-modules", size.group(1));
        }
        Div qrRow = new Div(qr, sentence(messages.get("meetings.card.scan"), "meeting-scan"));
        qrRow.addClassName("meeting-qr");
        add(qrRow);
    }

    private static Paragraph sentence(String text, String className) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    /** An SVG drawn on the server, placed as it is (it holds no visitor's text but the meeting's). */
    private static Span svg(String svg, String className) {
        Span span = new Span();
        span.addClassName(className);
        span.getElement().setProperty("innerHTML", svg);
        return span;
    }
}
