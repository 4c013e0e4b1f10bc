package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.dropinkiosk.content.editor.PhotoImport;
import org.dropinkiosk.content.editor.PictureFinder;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;

/**
 * Finding a block's picture: a word searches the venue's pictures and the Mulberry set; results are big tiles
 * whose name is said on press; or a photo is uploaded. The chosen picture's name goes back to the block.
 */
@StyleSheet("context://styles/news-editor.css")
class PictureFinderPanel extends Div {

    static final int MAX_RESULTS = 24;

    private final Messages messages;
    private final PictureFinder finder;
    private final PhotoImport photos;
    private final Consumer<String> chosen;
    private final TextField word = new TextField();
    private final Div tiles = new Div();
    private final Paragraph said = new Paragraph();
    private final NativeButton use;
    private Upload upload;
    private PictureFinder.Found selected;

    PictureFinderPanel(
            Messages messages,
            PictureFinder finder,
            PhotoImport photos,
            String heading,
            Consumer<String> chosen,
            Runnable close) {
        this.messages = messages;
        this.finder = finder;
        this.photos = photos;
        this.chosen = chosen;
        addClassNames("news-finder", "news-editor"); // news-editor: its buttons look the same on any staff page
        setId("news-finder");
        word.setLabel(messages.get("content.editor.finder.word"));
        word.setId("news-finder-word");
        word.addClassName("news-field");
        word.addKeyPressListener(Key.ENTER, e -> search());
        NativeButton search = NewsListView.button(messages.get("content.editor.finder.search"), this::search);
        search.setId("news-finder-search");
        Div searching = new Div(word, search);
        searching.addClassName("news-adding");
        tiles.addClassName("news-tiles");
        tiles.setId("news-finder-tiles");
        said.addClassName("news-status");
        said.getElement().setAttribute("role", "status");
        said.setId("news-finder-said");
        use = NewsListView.button(messages.get("content.editor.finder.use"), this::useSelected);
        use.setId("news-finder-use");
        use.setEnabled(false);
        NativeButton cancel = NewsListView.button(messages.get("content.editor.finder.close"), close);
        Div choose = new Div(use, cancel);
        choose.addClassName("news-bar");
        add(new H4(heading), searching, said, tiles, choose, upload());
    }

    private Div upload() {
        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(bytes)));
        upload.setId("news-photo-upload");
        // The browser tells the server when the file is in; that round trip carries the answer back to the screen.
        upload.getElement().addEventListener("upload-success", e -> {});
        upload.setAcceptedFileTypes(".jpg", ".jpeg", ".png", "image/jpeg", "image/png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PhotoImport.MAX_BYTES);
        upload.setUploadButton(new Button(messages.get("content.editor.photo.button")));
        upload.addFileRejectedListener(e -> said.setText(messages.get("content.editor.photo.too-big")));
        Div section = new Div(
                new H4(messages.get("content.editor.photo.title")),
                new Paragraph(messages.get("content.editor.photo.hint")),
                upload);
        section.addClassName("news-photo");
        return section;
    }

    /** Package-private so a test can hand in any bytes. */
    void received(byte[] bytes) {
        // One photo at a time, and the next try must not wait for a file list emptied by hand.
        upload.clearFileList();
        try {
            String name = photos.save(bytes);
            chosen.accept(name);
        } catch (PhotoImport.Refused e) {
            said.setText(messages.get(e.key()));
        } catch (IOException e) {
            said.setText(messages.get("content.editor.photo.disk"));
        }
    }

    private void search() {
        tiles.removeAll();
        selected = null;
        use.setEnabled(false);
        List<PictureFinder.Found> found = finder.search(word.getValue(), MAX_RESULTS);
        said.setText(
                found.isEmpty()
                        ? messages.get(
                                "content.editor.finder.none", word.getValue().strip())
                        : messages.get(
                                "content.editor.finder.found",
                                found.size(),
                                word.getValue().strip()));
        for (PictureFinder.Found f : found) {
            tiles.add(tile(f));
        }
    }

    private NativeButton tile(PictureFinder.Found found) {
        Image image = new Image(source(found), "");
        image.addClassName("news-tile-image");
        Span label = new Span(found.label());
        label.addClassName("news-tile-label");
        NativeButton tile = new NativeButton();
        tile.add(image, label);
        tile.addClassName("news-tile");
        tile.getElement().setAttribute("aria-pressed", "false");
        tile.getElement().setAttribute("data-picture", found.name());
        tile.addClickListener(e -> {
            tiles.getChildren().forEach(t -> t.getElement().setAttribute("aria-pressed", "false"));
            tile.getElement().setAttribute("aria-pressed", "true");
            selected = found;
            use.setEnabled(true);
            said.setText(messages.get("content.editor.finder.selected", found.label()));
            KioskSpeech.say(this, found.label());
        });
        return tile;
    }

    private String source(PictureFinder.Found found) {
        if (found.source() == PictureFinder.Source.VENUE) {
            return "pictures/" + found.name();
        }
        try {
            // As an image from a data address: the tile needs no extra web address for 3,436 symbols.
            return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(finder.svg(found));
        } catch (IOException e) {
            return "symbols/placeholder.svg";
        }
    }

    private void useSelected() {
        if (selected == null) {
            return;
        }
        try {
            chosen.accept(finder.use(selected));
        } catch (IOException e) {
            said.setText(messages.get("content.editor.photo.disk"));
        }
    }
}
