package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of the staff area: a plain menu of the pages the features registered, and the page. It
 * carries the staff style sheet, so a staff page of any feature opened by its address is styled too, and the
 * on-screen keyboard every staff text field uses.
 */
@StyleSheet("context://styles/staff.css")
@RolesAllowed(StaffPage.ROLE)
public class StaffLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public StaffLayout(Messages messages, List<StaffPage> pages) {
        addClassName("staff");
        Span title = new Span(messages.get("kiosk.staff.title"));
        title.addClassName("staff-title");
        Nav menu = new Nav();
        menu.addClassName("staff-menu");
        menu.getElement().setAttribute("aria-label", messages.get("kiosk.staff.menu"));
        pages.stream()
                .sorted(Comparator.comparingInt(StaffPage::order))
                .forEach(p -> menu.add(link(messages.get(p.labelKey()), p)));
        Header top = new Header(title, menu);
        top.addClassName("staff-top");
        content.addClassName("staff-content");
        add(top, content, new StaffKeyboard(messages));
    }

    // Today lives at /staff, a prefix of every other staff address: only the page shown is marked.
    private static RouterLink link(String label, StaffPage page) {
        RouterLink link = new RouterLink(label, page.view());
        link.setHighlightCondition(HighlightConditions.sameLocation());
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
