package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.dropinkiosk.config.LiveSettings;
import org.dropinkiosk.kiosk.Messages;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The walk-away reset. {@code scripts/kiosk-idle.js} asks "Are you still there?" after the venue's
 * quiet time and, 20 seconds later, loads Home afresh. This gives every page the times and the words,
 * and when the fresh Home arrives (marked by a short-lived cookie) it closes the last visitor's screens
 * on the server and ends any staff login, so nothing of them is left behind.
 */
@Component
class IdleReset implements VaadinServiceInitListener {

    /** How long the question stays before the kiosk goes Home. */
    static final Duration WARNING = Duration.ofSeconds(20);

    static final String RESET_COOKIE = "kiosk-reset";

    private final LiveSettings settings;
    private final Messages messages;

    IdleReset(LiveSettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> prepare(init.getUI()));
    }

    private void prepare(UI ui) {
        // Loaded per page here: @JavaScript on the app shell is not added to the page in Vaadin 25.
        ui.getPage().addJavaScript("context://scripts/kiosk-idle.js");
        var body = ui.getElement();
        body.setAttribute(
                "data-idle-seconds", String.valueOf(settings.idleTimeout().toSeconds()));
        body.setAttribute("data-idle-warning-seconds", String.valueOf(WARNING.toSeconds()));
        body.setAttribute("data-idle-question", messages.get("kiosk.idle.question"));
        body.setAttribute("data-idle-explain", messages.get("kiosk.idle.explain"));
        body.setAttribute("data-idle-more-time", messages.get("kiosk.idle.more-time"));
        VaadinRequest request = VaadinService.getCurrentRequest();
        body.setAttribute("data-kiosk-home", request == null ? "/" : request.getContextPath() + "/");
        if (request != null && cameFromReset(request)) {
            forgetEverythingBut(ui, request);
        }
    }

    private static boolean cameFromReset(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> RESET_COOKIE.equals(c.getName()));
    }

    private static void forgetEverythingBut(UI fresh, VaadinRequest request) {
        VaadinSession session = fresh.getSession();
        List<UI> others = session.getUIs().stream().filter(ui -> ui != fresh).toList();
        for (UI old : others) {
            old.close();
            // Closing may already have taken it out of the session (or an earlier fresh page did): removing it
            // twice fails Vaadin's own check and would leave the fresh Home without a screen.
            if (session.getUIById(old.getUIId()) == old) {
                session.removeUI(old);
            }
        }
        // A member of staff who walked away is logged out too.
        SecurityContextHolder.clearContext();
        WrappedSession http = request.getWrappedSession(false);
        if (http != null) {
            http.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie gone = new Cookie(RESET_COOKIE, "");
            gone.setPath("/");
            gone.setMaxAge(0);
            response.addCookie(gone);
        }
    }
}
