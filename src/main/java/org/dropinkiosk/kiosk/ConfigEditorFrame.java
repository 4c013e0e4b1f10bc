package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.config.EditRefused;
import org.dropinkiosk.config.KioskFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every staff editor of a kiosk-config file shows around its own list: a status line that screen readers
 * announce, the file's own mistakes, the Save and Load again bar; and one way to say how a save ended (saved,
 * refused with each problem, changed on disk since it was opened, or the disk refused).
 */
public final class ConfigEditorFrame {

    /** The message keys of one editor, so each feature keeps its own words. */
    public record Words(String save, String reload, String saved, String notSaved, String changedOnDisk, String disk) {}

    /** A save that may be refused or fail on the disk. */
    @FunctionalInterface
    public interface Saving {
        void save() throws EditRefused, IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(ConfigEditorFrame.class);

    private final Messages messages;
    private final Words words;
    private final String file;
    private final Paragraph status = new Paragraph();
    private final Div fileMistakes = new Div();
    private final Div bar;

    /** {@code id} names the page's parts ({@code id-status}, {@code id-save}, {@code id-reload}). */
    public ConfigEditorFrame(Messages messages, Words words, String file, String id, Runnable save, Runnable reload) {
        this.messages = messages;
        this.words = words;
        this.file = file;
        status.setId(id + "-status");
        status.addClassName("config-editor-status");
        status.getElement().setAttribute("role", "status");
        NativeButton saveButton = button(messages.get(words.save()), save);
        saveButton.setId(id + "-save");
        saveButton.addClassName("config-editor-save");
        NativeButton reloadButton = button(messages.get(words.reload()), reload);
        reloadButton.setId(id + "-reload");
        bar = new Div(saveButton, reloadButton);
        bar.addClassName("config-editor-bar");
    }

    public static NativeButton button(String label, Runnable action) {
        NativeButton b = new NativeButton(label, e -> action.run());
        b.addClassNames("kiosk-button", "kiosk-button-small", "config-editor-button");
        return b;
    }

    public Paragraph status() {
        return status;
    }

    public Div fileMistakes() {
        return fileMistakes;
    }

    public Div bar() {
        return bar;
    }

    public void say(String sentence) {
        status.setText(sentence);
    }

    /** The mistakes the kiosk found in the file itself (written by hand), so staff know what a save will fix. */
    public void showFileMistakes(List<ConfigProblem> problems) {
        fileMistakes.removeAll();
        for (ConfigProblem p : problems) {
            Paragraph mistake = new Paragraph(p.sentence());
            mistake.addClassName("config-editor-error");
            fileMistakes.add(mistake);
        }
    }

    /** Runs {@code saving} and says how it ended; nothing is lost either way (the last good file stays). */
    public void save(Saving saving) {
        try {
            saving.save();
            say(messages.get(words.saved()));
        } catch (EditRefused e) {
            List<String> sentences = new ArrayList<>();
            sentences.add(messages.get(words.notSaved()));
            e.problems()
                    .forEach(p -> sentences.add(messages.get(p.key(), p.args().toArray())));
            say(String.join(" ", sentences));
        } catch (KioskFiles.ChangedOnDisk e) {
            say(messages.get(words.changedOnDisk()));
        } catch (IOException e) {
            log.warn("{} could not be saved: {}", file, e.toString());
            say(messages.get(words.disk()));
        }
    }
}
