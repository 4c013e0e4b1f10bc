package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.HelpLink;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.kiosk.Symbol;

/** Help: who to ask, in pictures and words; and where the pictures come from. */
@Route("help")
@AnonymousAllowed
class HelpView extends Div implements HasDynamicTitle {

    private final Messages messages;

    HelpView(Messages messages, List<HelpLink> links) {
        this.messages = messages;
        addClassName("kiosk-block-page");
        H1 title = new H1(messages.get("kiosk.help.title"));
        title.addClassName("kiosk-title");
        add(
                title,
                block("help", messages.get("kiosk.help.ask")),
                block("ear", messages.get("kiosk.help.listen")),
                block("homepage", messages.get("kiosk.help.home")));
        links.stream().sorted(Comparator.comparingInt(HelpLink::order)).forEach(link -> {
            BigButton open = new BigButton(
                    link.symbol(),
                    messages.get(link.labelKey()),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(link.route())));
            open.addClassName("kiosk-help-link");
            add(open);
        });
        BigButton credits = new BigButton(
                messages.get("kiosk.credits"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AttributionView.class)));
        credits.addClassName("kiosk-button-small");
        add(credits);
    }

    private static Div block(String symbol, String sentence) {
        Div block = new Div(Symbol.beside(symbol), new Paragraph(sentence));
        block.addClassName("kiosk-block");
        return block;
    }

    @Override
    public String getPageTitle() {
        return messages.get("kiosk.help.title");
    }
}
