package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.ratings.Replies;
import org.dropinkiosk.ratings.Reply;

/** "You said, we did": staff's replies, a few per page with Next and Back, no scrolling. */
@Route("tell-us/you-said-we-did")
@AnonymousAllowed
@StyleSheet("context://styles/ratings.css")
class YouSaidWeDidView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PER_PAGE = 3;

    private final Messages messages;
    private final Replies source;
    private List<Reply> replies = List.of();
    private final Div page = new Div();
    private int current;

    YouSaidWeDidView(Messages messages, Replies replies) {
        this.messages = messages;
        this.source = replies;
        addClassName("ratings");
        addClassName("ratings-replies");
        H1 title = new H1(messages.get("ratings.replies.title"));
        title.addClassName("kiosk-title");
        add(title, page);
    }

    /** Read the replies on every visit: staff may have written one since. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        replies = source.latest();
        show(0);
    }

    private void show(int number) {
        current = number;
        page.removeAll();
        if (replies.isEmpty()) {
            page.add(TellUsView.block("wait", messages.get("ratings.replies.none")));
        }
        replies.stream().skip((long) number * PER_PAGE).limit(PER_PAGE).forEach(reply -> {
            Div words = new Div(
                    new Paragraph(messages.get("ratings.replies.you-said", reply.youSaid())),
                    new Paragraph(messages.get("ratings.replies.we-did", reply.weDid())));
            words.addClassName("ratings-reply-words");
            Div block = new Div(Symbol.beside(reply.symbol() == null ? "talk" : reply.symbol()), words);
            block.addClassName("kiosk-block");
            page.add(block);
        });
        Div nav = new Div();
        nav.addClassName("ratings-pager");
        BigButton back = new BigButton(
                "talk",
                messages.get("ratings.back-to-tell-us"),
                e -> getUI().ifPresent(ui -> ui.navigate(TellUsView.class)));
        nav.add(back);
        int pages = Math.max(1, (replies.size() + PER_PAGE - 1) / PER_PAGE);
        if (pages > 1) {
            BigButton previous = new BigButton("back", messages.get("ratings.back"), e -> show(current - 1));
            previous.setEnabled(current > 0);
            Paragraph where = new Paragraph(messages.get("ratings.replies.page", current + 1, pages));
            BigButton next = new BigButton("next", messages.get("ratings.next"), e -> show(current + 1));
            next.setEnabled(current < pages - 1);
            nav.add(previous, where, next);
        }
        page.add(nav);
    }

    @Override
    public String getPageTitle() {
        return messages.get("ratings.replies.title");
    }
}
