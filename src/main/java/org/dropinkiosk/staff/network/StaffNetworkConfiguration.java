package org.dropinkiosk.staff.network;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.dropinkiosk.kiosk.Messages;
import org.dropinkiosk.staff.StaffIdle;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The staff network's two guards: the filter for plain requests and a route check for Vaadin navigation. */
@Configuration
class StaffNetworkConfiguration {

    @Bean
    FilterRegistrationBean<StaffNetworkFilter> staffNetworkFilter(
            StaffNetwork network, Messages messages, StaffIdle sessions) {
        var registration = new FilterRegistrationBean<>(new StaffNetworkFilter(network, messages, sessions));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // before Spring Security and Vaadin see the request
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Vaadin's requests all go to {@code /?v-r=...}, so the filter cannot see where a staff page
     * navigates to; a UI opened over the staff network is forwarded to the staff area from any route outside it.
     */
    @Bean
    VaadinServiceInitListener staffNetworkRoutes(StaffNetwork network) {
        return (ServiceInitEvent event) -> event.getSource().addUIInitListener(init -> {
            if (VaadinServletRequest.getCurrent() instanceof VaadinServletRequest request
                    && network.isNetworkRequest(request.getHttpServletRequest())) {
                init.getUI().addBeforeEnterListener(enter -> {
                    String path = enter.getLocation().getPath();
                    if (!path.equals("staff") && !path.startsWith("staff/")) {
                        enter.forwardTo("staff"); // back into the staff area (or its PIN pad), never a visitor screen
                    }
                });
            }
        });
    }
}
