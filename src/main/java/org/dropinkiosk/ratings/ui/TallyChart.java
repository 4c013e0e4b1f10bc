package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.ratings.Tally;

/**
 * A plain bar chart as inline SVG: per question one bar for each answer, each labelled with its word and
 * count, so the colour is never the only difference. The table beside it holds the same figures.
 */
class TallyChart extends Div {

    private static final int LABEL = 150;
    private static final int BAR = 420;
    private static final int ROW = 22;

    TallyChart(Messages messages, List<Tally> tallies, String caption) {
        addClassName("ratings-chart");
        int most = tallies.stream()
                .mapToInt(t -> Math.max(Math.max(t.good(), t.bad()), Math.max(t.notSure(), t.skipped())))
                .max()
                .orElse(0);
        StringBuilder svg = new StringBuilder();
        int y = 0;
        for (Tally t : tallies) {
            y += 24;
            svg.append(text(0, y, t.setTitle() + ": " + t.questionText(), "ratings-chart-question"));
            y += 8;
            y = bar(svg, y, messages.get("ratings.staff.good"), t.good(), most, "#14532d");
            y = bar(svg, y, messages.get("ratings.staff.bad"), t.bad(), most, "#5b1a8f");
            y = bar(svg, y, messages.get("ratings.staff.not-sure"), t.notSure(), most, "#3d3d3d");
            y = bar(svg, y, messages.get("ratings.staff.skipped"), t.skipped(), most, "#767676");
        }
        int width = LABEL + BAR + 60;
        String markup = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width + "\" height=\""
                + (y + 8)
                + "\" viewBox=\"0 0 " + width + " " + (y + 8) + "\" aria-label=\"" + escape(caption) + "\"><title>"
                + escape(caption) + "</title>" + svg + "</svg>";
        getElement().setProperty("innerHTML", markup);
    }

    private static int bar(StringBuilder svg, int y, String word, int count, int most, String colour) {
        int length = most == 0 ? 0 : Math.max(count == 0 ? 0 : 2, Math.round((float) BAR * count / most));
        svg.append(text(8, y + 15, word, "ratings-chart-word"));
        svg.append("<rect x=\"")
                .append(LABEL)
                .append("\" y=\"")
                .append(y + 2)
                .append("\" width=\"")
                .append(length)
                .append("\" height=\"")
                .append(ROW - 6)
                .append("\" fill=\"")
                .append(colour)
                .append("\"/>");
        svg.append(text(LABEL + length + 6, y + 15, String.valueOf(count), "ratings-chart-count"));
        return y + ROW;
    }

    private static String text(int x, int y, String words, String cssClass) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" class=\"" + cssClass + "\" fill=\"#111111\" font-size=\"15\">"
                + escape(words) + "</text>";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
