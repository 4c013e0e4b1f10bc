package org.dropinkiosk.content.editor.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.List;
import org.dropinkiosk.config.ConfigProblem;
import org.dropinkiosk.content.editor.NewsPages;
import org.dropinkiosk.content.editor.SaveRefused;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;

/** Staff: the News pages in the order visitors see them, with add, change, copy, move and remove. */
@Route(value = "staff/news", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/news-editor.css")
class NewsListView extends Div implements HasDynamicTitle {

    private final Messages messages;
    private final NewsPages pages;
    private final Paragraph status = new Paragraph();
    private final OrderedList list = new OrderedList();
    private final TextField title = new TextField();

    NewsListView(Messages messages, NewsPages pages) {
        this.messages = messages;
        this.pages = pages;
        addClassName("news-editor");
        status.setId("news-status");
        status.addClassName("news-status");
        status.getElement().setAttribute("role", "status");
        title.setLabel(messages.get("content.editor.new-title"));
        title.setId("news-new-title");
        title.addClassName("news-field");
        NativeButton add = button(messages.get("content.editor.add-page"), this::add);
        add.setId("news-add");
        Div adding = new Div(title, add);
        adding.addClassName("news-adding");
        list.setId("news-pages");
        list.addClassName("news-pages");
        add(
                new H1(messages.get("content.editor.title")),
                new Paragraph(messages.get("content.editor.help")),
                status,
                new H2(messages.get("content.editor.add-heading")),
                adding,
                new H2(messages.get("content.editor.pages-heading")),
                list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<NewsPages.Entry> entries = pages.list();
        for (int i = 0; i < entries.size(); i++) {
            list.add(row(entries.get(i), i == 0, i == entries.size() - 1));
        }
        if (entries.isEmpty()) {
            list.add(new ListItem(messages.get("content.editor.no-pages")));
        }
    }

    private ListItem row(NewsPages.Entry entry, boolean first, boolean last) {
        Span name = new Span(entry.title());
        name.addClassName("news-page-title");
        Span file = new Span(messages.get("content.editor.file", entry.file()));
        file.addClassName("news-page-file");
        Div text = new Div(name, file);
        text.addClassName("news-page-text");
        if (entry.headings().size() > 1) {
            text.add(new Paragraph(messages.get("content.editor.parts", String.join(", ", entry.headings()))));
        }
        if (entry.isBroken()) {
            for (ConfigProblem p : entry.problems()) {
                Paragraph problem = new Paragraph(messages.get("content.editor.broken", p.line(), p.message()));
                problem.addClassName("news-error");
                text.add(problem);
            }
        }
        RouterLink edit = new RouterLink(messages.get("content.editor.edit"), NewsPageView.class, entry.file());
        edit.addClassNames("kiosk-button", "kiosk-button-small", "news-button");
        edit.getElement().setAttribute("aria-label", messages.get("content.editor.edit-named", entry.title()));
        Div actions = new Div(edit);
        actions.addClassName("news-page-actions");
        if (!entry.isBroken()) {
            actions.add(
                    named(
                            button(messages.get("content.editor.copy"), () -> copy(entry)),
                            "content.editor.copy-named",
                            entry),
                    named(
                            button(messages.get("content.editor.up"), () -> move(entry, -1)),
                            "content.editor.up-named",
                            entry),
                    named(
                            button(messages.get("content.editor.down"), () -> move(entry, 1)),
                            "content.editor.down-named",
                            entry));
            actions.getChildren()
                    .skip(2)
                    .findFirst()
                    .ifPresent(up -> up.getElement().setEnabled(!first));
            actions.getChildren()
                    .skip(3)
                    .findFirst()
                    .ifPresent(down -> down.getElement().setEnabled(!last));
        }
        NativeButton remove =
                named(button(messages.get("content.editor.remove"), () -> {}), "content.editor.remove-named", entry);
        remove.addClickListener(e -> confirmRemove(entry, actions));
        actions.add(remove);
        ListItem item = new ListItem(text, actions);
        item.addClassName("news-page");
        return item;
    }

    private void confirmRemove(NewsPages.Entry entry, Div actions) {
        Paragraph ask = new Paragraph(messages.get("content.editor.remove-ask", entry.title()));
        NativeButton yes = button(messages.get("content.editor.remove-yes"), () -> remove(entry));
        yes.setId("news-remove-yes");
        NativeButton no = button(messages.get("content.editor.remove-no"), this::refresh);
        Div confirm = new Div(ask, yes, no);
        confirm.addClassName("news-confirm");
        actions.removeAll();
        actions.add(confirm);
        yes.focus();
    }

    /** Opens the editor on a new page; its file is made by the first Save, so visitors never see a half page. */
    private void add() {
        String name = title.getValue().strip();
        if (name.isEmpty()) {
            say(messages.get("content.editor.problem.no-title"));
            title.focus();
            return;
        }
        getUI().ifPresent(ui ->
                ui.navigate(NewsPageView.class, NewsPageView.NEW, QueryParameters.of(NewsPageView.TITLE, name)));
    }

    private void copy(NewsPages.Entry entry) {
        try {
            String file = pages.copy(entry.file(), messages.get("content.editor.copy-title", entry.title()));
            refresh();
            say(messages.get("content.editor.copied", entry.title(), file));
        } catch (SaveRefused e) {
            say(Problems.text(messages, e.problems()));
        } catch (IOException e) {
            say(messages.get("content.editor.disk"));
        }
    }

    private void move(NewsPages.Entry entry, int step) {
        try {
            pages.move(entry.file(), step);
            refresh();
            say(messages.get(step < 0 ? "content.editor.moved-up" : "content.editor.moved-down", entry.title()));
        } catch (IOException e) {
            refresh();
            say(messages.get("content.editor.move-failed"));
        }
    }

    private void remove(NewsPages.Entry entry) {
        try {
            pages.open(entry.file()).ifPresent(opened -> {
                try {
                    pages.remove(entry.file(), opened.version());
                    say(messages.get("content.editor.removed", entry.title()));
                } catch (SaveRefused e) {
                    say(Problems.text(messages, e.problems()));
                } catch (IOException e) {
                    say(messages.get("content.editor.disk"));
                }
            });
        } catch (IOException e) {
            say(messages.get("content.editor.disk"));
        }
        refresh();
    }

    private void say(String text) {
        status.setText(text);
    }

    private NativeButton named(NativeButton button, String key, NewsPages.Entry entry) {
        button.getElement().setAttribute("aria-label", messages.get(key, entry.title()));
        return button;
    }

    static NativeButton button(String label, Runnable action) {
        NativeButton b = new NativeButton(label, e -> action.run());
        b.addClassNames("kiosk-button", "kiosk-button-small", "news-button");
        return b;
    }

    @Override
    public String getPageTitle() {
        return messages.get("content.editor.title");
    }
}
