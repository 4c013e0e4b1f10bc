package org.dropinkiosk.meetings;

import java.time.LocalTime;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * An analogue clock face as inline SVG, drawn on the server: black on white, thick hands, the numbers
 * 12, 3, 6 and 9 large, a mark for every hour. Its text alternative is the time in words.
 */
public final class ClockFace {

    private ClockFace() {}

    public static String svg(LocalTime time, String label) {
        double minuteAngle = time.getMinute() * 6.0;
        double hourAngle = (time.getHour() % 12) * 30.0 + time.getMinute() * 0.5;
        StringBuilder s = new StringBuilder();
        String safe = HtmlUtils.htmlEscape(label);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\" role=\"img\" aria-label=\"")
                .append(safe)
                .append("\" class=\"clock-face\"><title>")
                .append(safe)
                .append("</title>");
        s.append("<circle cx=\"100\" cy=\"100\" r=\"94\" fill=\"#ffffff\" stroke=\"#111111\" stroke-width=\"8\"/>");
        for (int h = 0; h < 12; h++) {
            boolean quarter = h % 3 == 0;
            if (quarter) {
                continue;
            }
            double a = Math.toRadians(h * 30);
            s.append(line(
                    100 + 76 * Math.sin(a),
                    100 - 76 * Math.cos(a),
                    100 + 87 * Math.sin(a),
                    100 - 86 * Math.cos(a),
                    6,
                    "#111111"));
        }
        s.append(number("12", 100, 43))
                .append(number("3", 167, 111))
                .append(number("6", 100, 181))
                .append(number("9", 33, 111));
        s.append(hand(hourAngle, 36, 14, "#111111"));
        s.append(hand(minuteAngle, 52, 8, "#0b3b7a"));
        s.append("<circle cx=\"100\" cy=\"100\" r=\"10\" fill=\"#111111\"/>");
        return s.append("</svg>").toString();
    }

    private static String hand(double degrees, double length, int width, String colour) {
        double a = Math.toRadians(degrees);
        return line(100, 100, 100 + length * Math.sin(a), 100 - length * Math.cos(a), width, colour);
    }

    private static String line(double x1, double y1, double x2, double y2, int width, String colour) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\" stroke-linecap=\"round\"/>",
                x1,
                y1,
                x2,
                y2,
                colour,
                width);
    }

    private static String number(String text, int x, int y) {
        return "<text x=\"" + x + "\" y=\"" + y
                + "\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial, sans-serif\""
                + " font-size=\"30\" font-weight=\"700\" fill=\"#111111\">" + text + "</text>";
    }
}
