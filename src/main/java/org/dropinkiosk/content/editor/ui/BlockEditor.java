package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.dropinkiosk.content.editor.NewsDraft;
import org.dropinkiosk.content.editor.PhotoImport;
import org.dropinkiosk.content.editor.PictureFinder;
import org.dropinkiosk.content.editor.SentenceCheck;
import org.dropinkiosk.kiosk.Messages;

/** One block in the editor: its picture (with the finder), and one to three sentences with the checker's findings. */
class BlockEditor extends Div {

    /** The page the block belongs to. */
    interface Owner {
        void changed();

        void move(NewsDraft.Block block, int step);

        void remove(NewsDraft.Block block);

        PictureFinder finder();

        PhotoImport photos();

        void tell(String text);
    }

    static final int MAX_SENTENCES = 3;

    private final Owner owner;
    private final Messages messages;
    private final SentenceCheck check;
    private final NewsDraft.Block block;
    private final int number;
    private final Div picture = new Div();
    private final Div sentences = new Div();
    private final Div finderSlot = new Div();

    BlockEditor(Owner owner, Messages messages, SentenceCheck check, NewsDraft.Block block, int number) {
        this.owner = owner;
        this.messages = messages;
        this.check = check;
        this.block = block;
        this.number = number;
        addClassName("news-block");
        setId("news-block-" + number);
        H3 name = new H3(messages.get("content.editor.block", number));
        NativeButton up = NewsListView.button(messages.get("content.editor.up"), () -> owner.move(block, -1));
        up.getElement().setAttribute("aria-label", messages.get("content.editor.block-up", number));
        NativeButton down = NewsListView.button(messages.get("content.editor.down"), () -> owner.move(block, 1));
        down.getElement().setAttribute("aria-label", messages.get("content.editor.block-down", number));
        NativeButton remove = NewsListView.button(messages.get("content.editor.remove"), () -> owner.remove(block));
        remove.getElement().setAttribute("aria-label", messages.get("content.editor.block-remove", number));
        Div top = new Div(name, up, down, remove);
        top.addClassName("news-block-top");
        picture.addClassName("news-picture");
        sentences.addClassName("news-sentences");
        Div body = new Div(picture, sentences);
        body.addClassName("news-block-body");
        finderSlot.addClassName("news-finder-slot");
        add(top, body, finderSlot);
        showPicture();
        showSentences();
    }

    private void showPicture() {
        picture.removeAll();
        String source = check.symbols().sourceOrPlaceholder(block.picture);
        Image image = new Image(
                source,
                block.description.isBlank()
                        ? messages.get("content.editor.picture-alt", block.picture)
                        : block.description);
        image.addClassName("news-picture-image");
        Span name = new Span(block.picture.isBlank() ? messages.get("content.editor.no-picture") : block.picture);
        name.addClassName("news-picture-name");
        NativeButton find = NewsListView.button(messages.get("content.editor.find"), this::openFinder);
        find.setId("news-find-" + number);
        TextField description = new TextField(messages.get("content.editor.description"));
        description.addClassName("news-field");
        description.setValue(block.description);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> {
            block.description = e.getValue();
            owner.changed();
        });
        picture.add(image, name, findings(check.picture(block.picture)), find, description);
    }

    private void openFinder() {
        finderSlot.removeAll();
        finderSlot.add(new PictureFinderPanel(
                messages,
                owner.finder(),
                owner.photos(),
                messages.get("content.editor.finder.title", number),
                chosen -> {
                    block.picture = chosen;
                    finderSlot.removeAll();
                    showPicture();
                    owner.changed();
                    owner.tell(messages.get("content.editor.picture-chosen", chosen, number));
                },
                () -> finderSlot.removeAll()));
    }

    private void showSentences() {
        sentences.removeAll();
        if (block.sentences.isEmpty()) {
            block.sentences.add("");
        }
        for (int i = 0; i < block.sentences.size(); i++) {
            sentences.add(sentenceRow(i));
        }
        if (block.sentences.size() < MAX_SENTENCES) {
            NativeButton more = NewsListView.button(messages.get("content.editor.add-sentence"), () -> {
                block.sentences.add("");
                showSentences();
            });
            more.getElement().setAttribute("aria-label", messages.get("content.editor.add-sentence-named", number));
            sentences.add(more);
        }
    }

    private Div sentenceRow(int index) {
        TextField field = new TextField(messages.get("content.editor.sentence", index + 1));
        field.addClassNames("news-field", "news-sentence");
        field.setId("news-sentence-" + number + "-" + (index + 1));
        field.setValue(block.sentences.get(index));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        Div found = new Div();
        found.addClassName("news-findings");
        found.getElement().setAttribute("aria-live", "polite");
        found.add(findings(field, index));
        field.addValueChangeListener(e -> {
            block.sentences.set(index, e.getValue());
            found.removeAll();
            found.add(findings(field, index));
            owner.changed();
        });
        Div row = new Div(field, found);
        row.addClassName("news-sentence-row");
        return row;
    }

    private Div findings(TextField field, int index) {
        return new FindingList(
                messages,
                check.sentence(block.sentences.get(index)),
                (word, simpler) -> field.setValue(SentenceCheck.replace(field.getValue(), word, simpler)));
    }

    private Div findings(List<SentenceCheck.Finding> list) {
        return new FindingList(messages, list, null);
    }
}
