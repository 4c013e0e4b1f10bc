package org.dropinkiosk.visits.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import org.dropinkiosk.visits.Preference;
import org.dropinkiosk.visits.Preferences;
import org.dropinkiosk.visits.VisitorPreferences;

/**
 * The visitor who signed in on this page, until they sign out, someone else signs in, or the idle
 * reset loads a fresh page (a new UI). While they are here, a choice made on the bar (Slower) is
 * kept for their next visit: the bar's script sends {@code kiosk-preference} with a name and a value.
 */
final class SignedInHere {

    static final String EVENT = "kiosk-preference";

    private Long visitorId;

    private SignedInHere() {}

    static void remember(UI ui, long visitorId, VisitorPreferences preferences) {
        SignedInHere here = ComponentUtil.getData(ui, SignedInHere.class);
        if (here == null) {
            here = new SignedInHere();
            ComponentUtil.setData(ui, SignedInHere.class, here);
            SignedInHere listening = here;
            ui.getElement()
                    .addEventListener(
                            EVENT,
                            e -> listening.chose(
                                    preferences,
                                    e.getEventData().path("event.detail.name").asString(""),
                                    e.getEventData().path("event.detail.value").asString("")))
                    .addEventData("event.detail.name")
                    .addEventData("event.detail.value");
        }
        here.visitorId = visitorId;
    }

    static Optional<Long> visitorId(UI ui) {
        SignedInHere here = ComponentUtil.getData(ui, SignedInHere.class);
        return here == null ? Optional.empty() : Optional.ofNullable(here.visitorId);
    }

    /** Signed out: the bar no longer changes anybody's choices. */
    static void forget(UI ui, long visitorId) {
        SignedInHere here = ComponentUtil.getData(ui, SignedInHere.class);
        if (here != null && here.visitorId != null && here.visitorId == visitorId) {
            here.visitorId = null;
        }
    }

    // What the browser sends is input like any other: only a known preference with an allowed value is kept.
    private void chose(VisitorPreferences preferences, String name, String value) {
        Long id = visitorId;
        if (id == null) {
            return;
        }
        Preference.byBrowserName(name)
                .filter(p -> p.allows(value))
                .ifPresent(p -> preferences.keep(id, Preferences.NONE.with(p, value)));
    }
}
