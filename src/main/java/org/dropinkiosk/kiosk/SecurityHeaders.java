package org.dropinkiosk.kiosk;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response, before anything else answers (docs/decisions/920-csp-and-relative-redirects.md):
 * a Content-Security-Policy that Vaadin's pre-compiled bundle works with, a stricter sandboxing one for the
 * venue's pictures (an SVG may hold script), nosniff, and redirects that never carry the Host header back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    /**
     * Vaadin's client runs the page's inline start-up script and Element.executeJs through new Function(),
     * so scripts need 'unsafe-inline' and 'unsafe-eval'; everything still comes from the kiosk itself.
     */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob: data:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** A picture is only ever shown, never run: an SVG opened on its own gets no script, no requests, no origin. */
    public static final String FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // On the error page (a missing picture, say) the policy is still the one of the address asked for.
        Object asked = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : null;
        String uri = asked instanceof String original ? original : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath())
                ? uri.substring(request.getContextPath().length())
                : uri;
        boolean file = path.startsWith("/pictures/") || path.startsWith("/symbols/");
        response.setHeader("Content-Security-Policy", file ? FILE_POLICY : PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, new RelativeRedirects(request, response));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Turns a redirect to this kiosk's own absolute address (built from the Host header) into a path. */
    static final class RelativeRedirects extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        RelativeRedirects(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location));
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(relative(location), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? relative(value) : value);
        }

        /** Any absolute http(s) address keeps only its path and query: the kiosk never sends anyone to another host. */
        String relative(String location) {
            if (location == null) {
                return null;
            }
            try {
                URI uri = new URI(location);
                if (uri.getScheme() == null && uri.getRawAuthority() == null) {
                    return location;
                }
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                // A path starting "//" would itself name a host: keep one slash.
                path = "/" + path.replaceFirst("^/+", "");
                return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (URISyntaxException e) {
                return request.getContextPath() + "/";
            }
        }
    }
}
