package org.dropinkiosk.content.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.dropinkiosk.content.ContentLibrary;
import org.dropinkiosk.content.ContentScreen;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;

/** News: one screen of picture blocks at a time, with big Back and Next and "Page 2 of 8" in words and dots. */
@Route("news")
@AnonymousAllowed
@StyleSheet("context://styles/content.css")
class NewsView extends Div implements HasDynamicTitle {

    private static final int MAX_DOTS = 20;

    private final Messages messages;
    private final ContentLibrary library;
    private final H1 title = new H1();
    private final Div blocks = new Div();
    private final Paragraph where = new Paragraph();
    private final Div dots = new Div();
    private final BigButton back;
    private final BigButton next;
    private ContentLibrary.Snapshot snapshot;
    private int index;

    NewsView(Messages messages, ContentLibrary library) {
        this.messages = messages;
        this.library = library;
        addClassName("content-news");
        title.addClassName("kiosk-title");
        title.addClassName("content-title");
        blocks.addClassName("content-blocks");
        back = new BigButton("back", messages.get("content.back"), e -> turn(-1));
        back.setId("content-back");
        next = new BigButton("next", messages.get("content.next"), e -> turn(1));
        next.setId("content-next");
        where.addClassName("content-where-words");
        where.setId("content-where");
        dots.addClassName("content-dots");
        dots.getElement().setAttribute("aria-hidden", "true");
        Div position = new Div(where, dots);
        position.addClassName("content-where");
        Div pager = new Div(back, position, next);
        pager.addClassName("content-pager");
        add(title, blocks, pager);
        snapshot = library.current();
        show();
    }

    private void turn(int step) {
        ContentLibrary.Snapshot latest = library.current();
        if (latest.version() != snapshot.version()) {
            // Content was reloaded: show the new pages from the next page change on.
            snapshot = latest;
        }
        index = Math.max(0, Math.min(index + step, snapshot.screens().size() - 1));
        show();
        KioskSpeech.say(this, where.getText());
    }

    private void show() {
        List<ContentScreen> screens = snapshot.screens();
        blocks.removeAll();
        dots.removeAll();
        if (screens.isEmpty()) {
            title.setText(messages.get("content.title"));
            Div block = new Div(Symbol.beside("newspaper"), new Paragraph(messages.get("content.empty")));
            block.addClassNames("kiosk-block", "content-block");
            KioskSpeech.readAs(block, messages.get("content.empty"));
            blocks.add(block);
            where.setText("");
            back.setEnabled(false);
            next.setEnabled(false);
            return;
        }
        index = Math.max(0, Math.min(index, screens.size() - 1));
        ContentScreen screen = screens.get(index);
        title.setText(screen.title());
        screen.blocks().forEach(b -> blocks.add(new NewsBlock(b, library.symbols(), messages)));
        where.setText(messages.get("content.page-of", index + 1, screens.size()));
        if (screens.size() <= MAX_DOTS) {
            for (int i = 0; i < screens.size(); i++) {
                Span dot = new Span();
                dot.addClassName("content-dot");
                if (i == index) {
                    dot.addClassName("content-dot-here");
                }
                dots.add(dot);
            }
        }
        back.setEnabled(index > 0);
        next.setEnabled(index < screens.size() - 1);
    }

    @Override
    public String getPageTitle() {
        return messages.get("content.title");
    }
}
