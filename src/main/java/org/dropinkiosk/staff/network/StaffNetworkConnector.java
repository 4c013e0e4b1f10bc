package org.dropinkiosk.staff.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Map;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Service;
import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.http11.Http11NioProtocol;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.tomcat.SslConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Once the kiosk's own web server runs on 127.0.0.1, adds the staff network's HTTPS connector on
 * every address. Added afterwards, not at start-up, so a port that is taken leaves the kiosk running
 * for visitors with the staff network off (docs/decisions/808-staff-network-on-its-own-port.md).
 */
@Component
class StaffNetworkConnector implements ApplicationListener<ServletWebServerInitializedEvent> {

    private static final Log LOG = LogFactory.getLog(StaffNetworkConnector.class);

    private final StaffNetworkSettings settings;
    private final StaffNetwork network;
    private final KioskSettings kiosk;
    private final Clock clock;

    StaffNetworkConnector(StaffNetworkSettings settings, StaffNetwork network, KioskSettings kiosk, Clock clock) {
        this.settings = settings;
        this.network = network;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (!settings.enabled()
                || !(event.getWebServer() instanceof TomcatWebServer server)
                || network.status().state() == StaffNetwork.State.ON) {
            return;
        }
        StaffCertificate certificate;
        try {
            certificate = StaffCertificate.loadOrMake(kiosk.dataDir(), hostName(), StaffNetwork.addresses(), clock);
        } catch (IOException | GeneralSecurityException e) {
            LOG.warn("The staff network is off: the kiosk could not make or read its certificate in "
                    + kiosk.dataDir().resolve(StaffCertificate.FOLDER) + " (" + e.getMessage() + ").");
            network.failed(StaffNetwork.State.NO_CERTIFICATE);
            return;
        }
        int port = settings.port();
        if (!free(port)) {
            portTaken(port);
            return;
        }
        Connector connector = new Connector(Http11NioProtocol.class.getName());
        connector.setPort(port);
        SslBundle bundle = SslBundle.of(
                SslStoreBundle.of(certificate.keyStore(), certificate.password(), null),
                SslBundleKey.of(certificate.password(), StaffCertificate.ALIAS),
                SslOptions.of(null, new String[] {"TLSv1.3", "TLSv1.2"}));
        new SslConnectorCustomizer(LOG, connector, Ssl.ClientAuth.NONE).customize(bundle, Map.of());
        Service service = server.getTomcat().getService();
        try {
            service.addConnector(connector);
        } catch (RuntimeException e) {
            LOG.debug("Staff network connector did not start", e);
        }
        if (connector.getState() != LifecycleState.STARTED) {
            service.removeConnector(connector);
            portTaken(port);
            return;
        }
        network.started(connector.getLocalPort(), certificate.fingerprint());
        LOG.info("The staff network is on: staff can open https://<this PC's address>:" + port
                + "/staff from their own laptop. Certificate fingerprint (SHA-256): " + certificate.fingerprint());
    }

    private void portTaken(int port) {
        LOG.warn("The staff network is off: port " + port + " is already taken by another program. "
                + "Visitors can use the kiosk as usual; to use the staff area from a laptop, choose another "
                + "kiosk.staff-network.port in kiosk.yml and restart the kiosk.");
        network.failed(StaffNetwork.State.PORT_TAKEN);
    }

    /** Tried before Tomcat binds, so a taken port gives one sentence rather than Tomcat's stack trace. */
    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "drop-in-kiosk";
        }
    }
}
