package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.content.ContentBlock;
import org.dropinkiosk.content.ContentPage;
import org.dropinkiosk.content.ContentScreen;
import org.dropinkiosk.content.ScreenSplitter;
import org.dropinkiosk.content.SymbolCatalog;
import org.dropinkiosk.content.editor.NewsDraft;
import org.dropinkiosk.content.ui.NewsBlock;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;

/**
 * The page as the kiosk will show it, split into screens as the kiosk splits it, at kiosk size (1280x800 and
 * 800x1280) scaled down. Listen reads the landscape screens in the kiosk's voice with its highlight
 * (the speech script reads the element with id kiosk-content).
 */
class NewsPreview extends Div {

    private final Messages messages;
    private final Div landscape = new Div();
    private final Div portrait = new Div();

    NewsPreview(Messages messages) {
        this.messages = messages;
        addClassName("news-preview");
        setId("news-preview");
        NativeButton listen = new NativeButton(messages.get("content.editor.listen"));
        listen.addClassNames("kiosk-button", "kiosk-button-small", "news-button");
        KioskSpeech.listenButton(listen);
        listen.setId("news-listen");
        landscape.setId("kiosk-content");
        landscape.addClassNames("news-preview-screens", "news-preview-landscape");
        portrait.addClassNames("news-preview-screens", "news-preview-portrait");
        portrait.getElement().setAttribute("aria-hidden", "true");
        add(
                new H2(messages.get("content.editor.preview")),
                new Paragraph(messages.get("content.editor.preview-help")),
                listen,
                new Paragraph(messages.get("content.editor.landscape")),
                landscape,
                new Paragraph(messages.get("content.editor.portrait")),
                portrait);
    }

    void show(NewsDraft draft, SymbolCatalog symbols) {
        List<ContentScreen> screens = ScreenSplitter.split(pages(draft));
        landscape.removeAll();
        portrait.removeAll();
        for (int i = 0; i < screens.size(); i++) {
            landscape.add(screen(screens.get(i), symbols, i, screens.size(), "news-screen-landscape"));
            portrait.add(screen(screens.get(i), symbols, i, screens.size(), "news-screen-portrait"));
        }
    }

    private Div screen(ContentScreen screen, SymbolCatalog symbols, int index, int count, String shape) {
        H1 title = new H1(screen.title());
        title.addClassNames("kiosk-title", "content-title");
        Div blocks = new Div();
        blocks.addClassName("content-blocks");
        screen.blocks().forEach(b -> blocks.add(new NewsBlock(b, symbols, messages)));
        Paragraph where = new Paragraph(messages.get("content.page-of", index + 1, count));
        where.addClassName("content-where-words");
        Div news = new Div(title, blocks, where);
        news.addClassNames("content-news", "news-screen-inner");
        Div frame = new Div(news);
        frame.addClassNames("news-screen", shape);
        return frame;
    }

    /** The draft as the kiosk's pages, leaving out what is still empty. */
    private static List<ContentPage> pages(NewsDraft draft) {
        List<ContentPage> pages = new ArrayList<>();
        for (NewsDraft.Part part : draft.parts) {
            List<ContentBlock> blocks = new ArrayList<>();
            for (NewsDraft.Block b : part.blocks) {
                List<String> sentences = b.sentences.stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
                if (!sentences.isEmpty() || !b.picture.isBlank()) {
                    blocks.add(new ContentBlock(b.picture.strip(), b.description.strip(), sentences, b.link, 0));
                }
            }
            if (!blocks.isEmpty()) {
                pages.add(new ContentPage(
                        "", 0, draft.order, part.heading.isBlank() ? draft.title : part.heading, blocks));
            }
        }
        return pages;
    }
}
