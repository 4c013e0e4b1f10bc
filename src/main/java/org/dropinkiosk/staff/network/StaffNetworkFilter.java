package org.dropinkiosk.staff.network;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.staff.StaffIdle;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * On the staff network's port only the staff area is served: its pages, the Vaadin requests and
 * static files they need, and the exports. Everything else, the visitor screens first, is a 404.
 * A session also stays on the door it came in by, because browsers send cookies to every port of a host.
 */
class StaffNetworkFilter extends OncePerRequestFilter {

    /** Which door a session belongs to: the kiosk's own screen or the staff network. */
    static final String DOOR = StaffNetworkFilter.class.getName() + ".door";

    private static final String KIOSK = "kiosk";
    private static final String NETWORK = "network";
    private static final String OTHER_DOOR = "the session came in by the other door";
    private static final List<String> STAFF_PREFIXES =
            List.of("/staff/", "/VAADIN/", "/lumo/", "/styles/", "/scripts/", "/symbols/");

    private final StaffNetwork network;
    private final Messages messages;
    private final StaffIdle sessions;

    StaffNetworkFilter(StaffNetwork network, Messages messages, StaffIdle sessions) {
        this.network = network;
        this.messages = messages;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean fromNetwork = network.isNetworkRequest(request);
        if (fromNetwork && !servedOnNetwork(request)) {
            notHere(response);
            return;
        }
        String door = fromNetwork ? NETWORK : KIOSK;
        keepToDoor(request, door);
        chain.doFilter(request, response);
        keepToDoor(request, door);
    }

    static boolean servedOnNetwork(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/staff") || path.equals("/favicon.ico")) {
            return true;
        }
        if (path.equals("/") || path.isEmpty()) {
            return request.getParameter("v-r")
                    != null; // Vaadin's own requests; the route check refuses visitor screens
        }
        return STAFF_PREFIXES.stream().anyMatch(path::startsWith) && !path.contains("..");
    }

    /** Marks a new session with its door; a session that turns up at the other door is ended. */
    private void keepToDoor(HttpServletRequest request, String door) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            Object kept = session.getAttribute(DOOR);
            if (kept == null) {
                session.setAttribute(DOOR, door);
            } else if (!kept.equals(door)) {
                sessions.end(session, OTHER_DOOR);
            }
        } catch (IllegalStateException alreadyEnded) {
            // ended by the request itself (a logout): nothing to keep
        }
    }

    private void notHere(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String body = "<!doctype html><html lang=\"" + messages.locale().toLanguageTag()
                + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(messages.get("staff.network.not-here.title")) + "</title></head>"
                + "<body><h1>" + HtmlUtils.htmlEscape(messages.get("staff.network.not-here.title")) + "</h1>"
                + "<p>" + HtmlUtils.htmlEscape(messages.get("staff.network.not-here")) + "</p>"
                + "<p><a href=\"/staff\">" + HtmlUtils.htmlEscape(messages.get("staff.network.not-here.link"))
                + "</a></p>"
                + "</body></html>";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
