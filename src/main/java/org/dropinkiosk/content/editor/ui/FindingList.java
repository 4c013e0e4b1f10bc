package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import org.dropinkiosk.content.editor.SentenceCheck;
import org.dropinkiosk.kiosk.Messages;

/**
 * The easy-read checker's findings beside a sentence or a picture: error or advice, in words, and for a hard word
 * with a known simpler one a button that uses it. Brings its style sheet, so any staff page can show it.
 */
@StyleSheet("context://styles/news-editor.css")
class FindingList extends Div {

    /** @param useSimpler gets the hard word and the simpler one when its button is pressed; null for no buttons */
    FindingList(Messages messages, List<SentenceCheck.Finding> list, BiConsumer<String, String> useSimpler) {
        addClassName("news-finding-list");
        for (SentenceCheck.Finding f : list) {
            Span kind = new Span(messages.get(f.error() ? "content.staff.error" : "content.staff.advice"));
            kind.addClassName(f.error() ? "content-error" : "content-advice");
            Div line =
                    new Div(kind, new Span(" " + messages.get(f.key(), f.args().toArray())));
            line.addClassNames("news-finding", f.error() ? "news-finding-error" : "news-finding-advice");
            add(line);
        }
        if (useSimpler == null) {
            return;
        }
        for (SentenceCheck.Finding f : list) {
            if (!f.simpler().isEmpty()) {
                NativeButton use = NewsListView.button(
                        messages.get("content.editor.use-simpler", f.simpler()),
                        () -> useSimpler.accept(f.word(), f.simpler()));
                use.addClassName("news-use-simpler");
                add(use);
            }
        }
    }
}
