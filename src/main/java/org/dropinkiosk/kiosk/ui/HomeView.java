package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import org.dropinkiosk.kiosk.BigButton;
import org.dropinkiosk.kiosk.HomeTile;
import org.dropinkiosk.kiosk.Messages;

/** Home: four big picture tiles, registered by the features themselves. */
@Route("")
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    private final Messages messages;

    HomeView(Messages messages, List<HomeTile> tiles) {
        this.messages = messages;
        addClassName("kiosk-home");
        H1 title = new H1(messages.get("kiosk.home.title"));
        title.addClassName("kiosk-title");
        Div grid = new Div();
        grid.addClassName("kiosk-tiles");
        tiles.stream().sorted(Comparator.comparingInt(HomeTile::order)).forEach(tile -> {
            BigButton button = new BigButton(
                    tile.symbol(),
                    messages.get(tile.labelKey()),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(tile.view())));
            button.addClassName("kiosk-tile");
            grid.add(button);
        });
        add(title, grid);
    }

    @Override
    public String getPageTitle() {
        return messages.get("kiosk.home");
    }
}
