package org.dropinkiosk.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The benchmarks' limit: two empty screens in the kiosk frame, each with one button that goes to the
 * other, so a tap costs one Vaadin round trip and nothing else. Not in the kiosk's jar: the benchmarks
 * start a copy of it with these classes added ({@code bench/EmptyScreens}), where Vaadin finds this
 * listener through {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener}.
 */
public final class BenchRoutes implements VaadinServiceInitListener {

    static final String FIRST = "bench/empty-a";
    static final String SECOND = "bench/empty-b";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute(FIRST, EmptyA.class, List.of(KioskLayout.class));
        routes.setRoute(SECOND, EmptyB.class, List.of(KioskLayout.class));
    }

    /** An empty screen whose one button goes to the other empty screen. */
    abstract static class Empty extends Div {
        Empty(Class<? extends Empty> next) {
            NativeButton go = new NativeButton("Next", e -> getUI().ifPresent(ui -> ui.navigate(next)));
            go.setId("bench-next");
            add(go);
        }
    }

    @AnonymousAllowed
    static final class EmptyA extends Empty {
        EmptyA() {
            super(EmptyB.class);
        }
    }

    @AnonymousAllowed
    static final class EmptyB extends Empty {
        EmptyB() {
            super(EmptyA.class);
        }
    }
}
