package org.dropinkiosk.ratings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.StaffLayout;
import org.dropinkiosk.kiosk.StaffPage;
import org.dropinkiosk.kiosk.Symbol;
import org.dropinkiosk.ratings.Replies;
import org.dropinkiosk.ratings.Reply;

/** Staff write "You said, we did" replies; the kiosk shows and reads them. */
@Route(value = "staff/replies", layout = StaffLayout.class)
@RolesAllowed(StaffPage.ROLE)
@StyleSheet("context://styles/ratings.css")
class RepliesView extends Div implements HasDynamicTitle {

    static final List<String> PICTURES =
            List.of("talk", "money", "start", "hear", "ask", "doctor", "today", "hello", "coffee", "meet");

    private final Messages messages;
    private final Replies replies;
    private final TextArea youSaid;
    private final TextArea weDid;
    private final Select<String> picture = new Select<>();
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();

    RepliesView(Messages messages, Replies replies) {
        this.messages = messages;
        this.replies = replies;
        addClassName("ratings-staff-replies");
        youSaid = new TextArea(messages.get("ratings.staff.replies.you-said"));
        weDid = new TextArea(messages.get("ratings.staff.replies.we-did"));
        youSaid.setMaxLength(Replies.MOST_LETTERS);
        weDid.setMaxLength(Replies.MOST_LETTERS);
        picture.setLabel(messages.get("ratings.staff.replies.picture"));
        picture.setItems(PICTURES);
        picture.setValue("talk");
        picture.setRenderer(new ComponentRenderer<>(name -> new Symbol(name, name)));
        Button add = new Button(messages.get("ratings.staff.replies.add"), e -> add());
        status.getElement().setAttribute("role", "status");
        add(
                new H1(messages.get("ratings.staff.replies.title")),
                new Paragraph(messages.get("ratings.staff.replies.intro")),
                youSaid,
                weDid,
                picture,
                add,
                status,
                list);
        showList();
    }

    private void add() {
        try {
            replies.add(youSaid.getValue(), weDid.getValue(), picture.getValue());
        } catch (IllegalArgumentException e) {
            status.setText(messages.get("ratings.staff.replies.too-long"));
            return;
        }
        youSaid.clear();
        weDid.clear();
        status.setText(messages.get("ratings.staff.replies.added"));
        showList();
    }

    private void showList() {
        list.removeAll();
        List<Reply> all = replies.latest();
        if (all.isEmpty()) {
            list.add(new Paragraph(messages.get("ratings.staff.replies.none")));
        }
        for (Reply reply : all) {
            Button remove = new Button(messages.get("ratings.staff.replies.remove"), e -> {
                replies.remove(reply.id());
                status.setText(messages.get("ratings.staff.replies.removed"));
                showList();
            });
            remove.setAriaLabel(messages.get("ratings.staff.replies.remove") + ": " + reply.youSaid());
            Div item = new Div(
                    new Paragraph(messages.get("ratings.replies.you-said", reply.youSaid())),
                    new Paragraph(messages.get("ratings.replies.we-did", reply.weDid())),
                    remove);
            item.addClassName("ratings-staff-reply");
            list.add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return messages.get("ratings.replies.title");
    }
}
