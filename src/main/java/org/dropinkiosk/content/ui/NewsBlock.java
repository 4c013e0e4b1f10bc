package org.dropinkiosk.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dropinkiosk.content.ContentBlock;
import org.dropinkiosk.content.QrCodes;
import org.dropinkiosk.content.SymbolCatalog;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;

/** One block: the picture on the left, the sentences on the right, and a QR code for a link. A tap reads it. */
public class NewsBlock extends Div {

    public NewsBlock(ContentBlock block, SymbolCatalog symbols, Messages messages) {
        addClassNames("kiosk-block", "content-block");
        KioskSpeech.readAs(this, block.spoken());
        add(new Symbol(symbols.sourceOrPlaceholder(block.picture()), block.description()));
        Div text = new Div();
        text.addClassName("content-text");
        block.sentences().forEach(s -> text.add(new Paragraph(s)));
        add(text);
        if (block.hasLink()) {
            add(qr(block.link(), messages));
        }
    }

    private static Div qr(String link, Messages messages) {
        String scan = messages.get("content.scan");
        // As an image from a data address: the SVG keeps its viewBox (an Html component would lower-case it).
        String data = "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(QrCodes.svg(link).getBytes(StandardCharsets.UTF_8));
        Image code = new Image(data, messages.get("content.qr"));
        code.addClassName("content-qr-code");
        code.getElement().setAttribute("draggable", "false");
        Paragraph words = new Paragraph(scan);
        Div qr = new Div(code, words);
        qr.addClassName("content-qr");
        return qr;
    }
}
