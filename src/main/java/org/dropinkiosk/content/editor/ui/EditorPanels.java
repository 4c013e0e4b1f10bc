package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.dropinkiosk.config.ConfigChanged;
import org.dropinkiosk.content.editor.NewsPages;
import org.dropinkiosk.content.editor.PhotoImport;
import org.dropinkiosk.content.editor.PictureFinder;
import org.dropinkiosk.content.editor.SentenceCheck;
import org.dropinkiosk.content.editor.SimplerWords;
import org.dropinkiosk.kiosk.EasyReadAdvice;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.PictureChooser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** The News editor's picture finder and easy-read findings, for the editors of groups and questions. */
@Service
class EditorPanels implements PictureChooser, EasyReadAdvice {

    private final Messages messages;
    private final ObjectProvider<PictureFinder> finder;
    private final PhotoImport photos;
    private final NewsPages pages;
    private final SimplerWords simpler;
    private volatile SentenceCheck check;

    EditorPanels(
            Messages messages,
            ObjectProvider<PictureFinder> finder,
            PhotoImport photos,
            NewsPages pages,
            SimplerWords simpler) {
        this.messages = messages;
        this.finder = finder;
        this.photos = photos;
        this.pages = pages;
        this.simpler = simpler;
    }

    @Override
    public Component open(String heading, Consumer<String> chosen, Runnable close) {
        return new PictureFinderPanel(messages, finder.getObject(), photos, heading, chosen, close);
    }

    @Override
    public Component findings(String sentence, Consumer<String> mended) {
        return new FindingList(
                messages,
                check().sentence(sentence),
                (word, simplerWord) -> mended.accept(SentenceCheck.replace(sentence, word, simplerWord)));
    }

    /** The checker knows the words the News pages explain; it is made again when they change. */
    private SentenceCheck check() {
        SentenceCheck current = check;
        if (current == null) {
            current = new SentenceCheck(pages.folder(), photos.pictures(), simpler);
            check = current;
        }
        return current;
    }

    @EventListener
    void onChanged(ConfigChanged changed) {
        if (changed.isIn("content")) {
            check = null;
        }
    }
}
