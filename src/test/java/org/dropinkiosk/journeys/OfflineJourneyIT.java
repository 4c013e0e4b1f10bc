package org.dropinkiosk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The hall has no internet: no screen may ask for anything that is not on the kiosk itself. */
class OfflineJourneyIT extends BrowserJourney {

    /** Every visitor screen of the app, found from its routes, so new screens are covered by themselves. */
    static List<String> visitorRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        TreeSet<String> routes = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.dropinkiosk")) {
            try {
                Class<?> view = Class.forName(candidate.getBeanClassName());
                String path = view.getAnnotation(Route.class).value();
                if (view.isAnnotationPresent(AnonymousAllowed.class)
                        && !path.contains(":")
                        && !path.startsWith("test-")
                        && !path.startsWith("staff")) {
                    routes.add("/" + path);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(routes);
    }

    @Test
    void every_visitor_screen_asks_only_the_kiosk_itself() {
        List<String> routes = visitorRoutes();
        assertThat(routes).contains("/", "/help", "/credits", "/sign-in", "/whats-on", "/news", "/tell-us");
        KioskChecks.assertOffline(this, routes);
    }
}
