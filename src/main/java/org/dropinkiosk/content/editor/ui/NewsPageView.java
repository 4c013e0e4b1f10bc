package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.Optional;
import org.dropinkiosk.config.KioskFiles;
import org.dropinkiosk.content.ContentLibrary;
import org.dropinkiosk.content.editor.NewsDraft;
import org.dropinkiosk.content.editor.NewsMarkdown;
import org.dropinkiosk.content.editor.NewsPages;
import org.dropinkiosk.content.editor.PhotoImport;
import org.dropinkiosk.content.editor.PictureFinder;
import org.dropinkiosk.content.editor.SaveRefused;
import org.dropinkiosk.content.editor.SentenceCheck;
import org.dropinkiosk.content.editor.SimplerWords;
import org.dropinkiosk.kiosk.KioskSpeech;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Staff: one News page's title, parts and blocks, with the easy-read checker beside each sentence, the picture
 * finder, and a preview at kiosk size that Listen reads in the kiosk's voice. Saving never overwrites a change
 * made on disk since the page was opened.
 */
@Route(value = "staff/news/edit", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/content.css")
@StyleSheet("context://styles/news-editor.css")
@JavaScript(KioskSpeech.SCRIPT)
class NewsPageView extends Div implements HasUrlParameter<String>, BlockEditor.Owner, HasDynamicTitle {

    /** The address of a page not saved yet: staff/news/edit/new?title=... (a file name always ends in .md). */
    static final String NEW = "new";

    static final String TITLE = "title";

    private final Messages messages;
    private final NewsPages pages;
    private final ObjectProvider<PictureFinder> finder;
    private final PhotoImport photos;
    private final SimplerWords simpler;
    private final ContentLibrary library;
    private final H1 heading = new H1();
    private final Paragraph status = new Paragraph();
    private final TextField title = new TextField();
    private final Div parts = new Div();
    private final NewsPreview preview;
    private final NativeButton reload;
    private String file;
    private NewsDraft draft;
    private KioskFiles.Version version;
    private SentenceCheck check;

    NewsPageView(
            Messages messages,
            NewsPages pages,
            ObjectProvider<PictureFinder> finder,
            PhotoImport photos,
            SimplerWords simpler,
            ContentLibrary library) {
        this.messages = messages;
        this.pages = pages;
        this.finder = finder;
        this.photos = photos;
        this.simpler = simpler;
        this.library = library;
        this.preview = new NewsPreview(messages);
        addClassName("news-editor");
        status.setId("news-status");
        status.addClassName("news-status");
        status.getElement().setAttribute("role", "status");
        title.setLabel(messages.get("content.editor.page-title"));
        title.setId("news-title");
        title.addClassName("news-field");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> {
            draft.title = e.getValue();
            changed();
        });
        NativeButton save = NewsListView.button(messages.get("content.editor.save"), this::save);
        save.setId("news-save");
        save.addClassName("news-save");
        reload = NewsListView.button(messages.get("content.editor.reload"), this::reload);
        reload.setId("news-reload");
        RouterLink back = new RouterLink(messages.get("content.editor.back"), NewsListView.class);
        back.addClassNames("kiosk-button", "kiosk-button-small", "news-button");
        Div bar = new Div(save, reload, back);
        bar.addClassName("news-bar");
        parts.addClassName("news-parts");
        Div form = new Div(title, parts);
        form.addClassName("news-form");
        Div columns = new Div(form, preview);
        columns.addClassName("news-columns");
        add(heading, status, bar, columns);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        check = new SentenceCheck(pages.folder(), photos.pictures(), simpler);
        if (NEW.equals(parameter)) {
            String name = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter(TITLE)
                    .orElse("");
            file = null;
            draft = NewsDraft.named(
                    name.length() > NewsMarkdown.MAX_TITLE ? name.substring(0, NewsMarkdown.MAX_TITLE) : name, 0);
            version = KioskFiles.Version.MISSING;
            heading.setText(messages.get("content.editor.new-page", draft.title));
            title.setValue(draft.title);
            render();
            status.setText(messages.get("content.editor.new-help"));
            return;
        }
        file = parameter;
        open(false);
    }

    private void open(boolean reloaded) {
        Optional<NewsPages.Opened> opened;
        try {
            opened = pages.open(file);
        } catch (IOException e) {
            opened = Optional.empty();
        }
        if (opened.isEmpty()) {
            heading.setText(messages.get("content.editor.missing-title"));
            status.setText(messages.get("content.editor.missing", file));
            setEnabledAll(false);
            return;
        }
        if (opened.get().draft() == null) {
            heading.setText(messages.get("content.editor.missing-title"));
            status.setText(messages.get("content.editor.broken-file", file));
            setEnabledAll(false);
            return;
        }
        draft = opened.get().draft();
        version = opened.get().version();
        heading.setText(messages.get("content.editor.editing", draft.title));
        title.setValue(draft.title);
        render();
        status.setText(reloaded ? messages.get("content.editor.reloaded") : "");
    }

    private void setEnabledAll(boolean enabled) {
        title.setEnabled(enabled);
        parts.setVisible(enabled);
        preview.setVisible(enabled);
    }

    /** Builds the parts and blocks again: after a block is added, moved or removed. */
    private void render() {
        parts.removeAll();
        int number = 0;
        for (int p = 0; p < draft.parts.size(); p++) {
            NewsDraft.Part part = draft.parts.get(p);
            Div section = new Div();
            section.addClassName("news-part");
            if (p > 0 || !part.heading.isBlank()) {
                TextField partHeading = new TextField(messages.get("content.editor.part-heading", p + 1));
                partHeading.addClassName("news-field");
                partHeading.setValue(part.heading);
                partHeading.setValueChangeMode(ValueChangeMode.LAZY);
                partHeading.addValueChangeListener(e -> {
                    part.heading = e.getValue();
                    changed();
                });
                section.add(partHeading);
            }
            for (NewsDraft.Block block : part.blocks) {
                number++;
                section.add(new BlockEditor(this, messages, check, block, number));
            }
            NativeButton addBlock = NewsListView.button(messages.get("content.editor.add-block"), () -> {
                part.blocks.add(NewsDraft.Block.empty());
                render();
            });
            addBlock.addClassName("news-add-block");
            section.add(addBlock);
            parts.add(section);
        }
        NativeButton addPart = NewsListView.button(messages.get("content.editor.add-part"), () -> {
            NewsDraft.Part part = new NewsDraft.Part();
            part.heading = messages.get("content.editor.new-part");
            part.blocks.add(NewsDraft.Block.empty());
            draft.parts.add(part);
            render();
        });
        parts.add(addPart);
        changed();
    }

    @Override
    public void changed() {
        preview.show(draft, check.symbols());
    }

    @Override
    public void move(NewsDraft.Block block, int step) {
        for (NewsDraft.Part part : draft.parts) {
            int at = part.blocks.indexOf(block);
            int to = at + step;
            if (at >= 0 && to >= 0 && to < part.blocks.size()) {
                part.blocks.add(to, part.blocks.remove(at));
                render();
                return;
            }
        }
    }

    @Override
    public void remove(NewsDraft.Block block) {
        draft.parts.forEach(part -> part.blocks.remove(block));
        render();
    }

    @Override
    public PictureFinder finder() {
        return finder.getObject();
    }

    @Override
    public PhotoImport photos() {
        return photos;
    }

    @Override
    public void tell(String text) {
        status.setText(text);
    }

    private void save() {
        try {
            if (file == null) {
                file = pages.add(draft);
                // The address names the file from now on, so a reload opens this page.
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "staff/news/edit/" + file));
            } else {
                version = pages.save(file, draft, version);
            }
            // The saved text is what the kiosk shows: open it again so the form shows the tidy version.
            open(false);
            status.setText(messages.get(
                    "content.editor.saved", draft.title, library.current().pages()));
        } catch (SaveRefused e) {
            status.setText(Problems.text(messages, e.problems()));
        } catch (KioskFiles.ChangedOnDisk e) {
            status.setText(messages.get("content.editor.changed"));
            reload.focus();
        } catch (IOException e) {
            status.setText(messages.get("content.editor.disk"));
        }
    }

    private void reload() {
        open(true);
    }

    @Override
    public String getPageTitle() {
        return messages.get("content.editor.edit-page-title");
    }
}
