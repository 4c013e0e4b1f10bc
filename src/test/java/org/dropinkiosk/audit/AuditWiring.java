package org.dropinkiosk.audit;

import java.time.Clock;
import org.dropinkiosk.config.KioskSettings;
import org.dropinkiosk.staff.LoginTries;
import org.dropinkiosk.staff.StaffSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit module as the application wires it, for tests that build features by hand: the publisher they get
 * is a real Spring context whose only listener is the real {@link AuditLines}, writing to the test database.
 */
public final class AuditWiring {

    private AuditWiring() {}

    public static ApplicationEventPublisher events(JdbcClient jdbc, Clock clock, KioskSettings settings) {
        AuditTrail audit = new AuditTrail(jdbc, clock, settings);
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(AuditTrail.class, () -> audit);
        context.registerBean(StaffSettings.class, () -> new StaffSettings("", 400));
        context.registerBean(AuditLines.class);
        context.refresh();
        return context;
    }

    public static LoginTries loginTries(JdbcClient jdbc, KioskSettings settings) {
        return new AuditLoginTries(jdbc, settings);
    }
}
