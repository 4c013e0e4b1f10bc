package org.dropinkiosk.staff.network;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Whether the staff network is on, where staff type its address, and which certificate their browser
 * should show. Also tells a request that came in through the staff network from one on the kiosk.
 */
@Service
public class StaffNetwork {

    /** Network addresses listed at most, so a PC with many interfaces cannot flood the Today page. */
    static final int MAX_ADDRESSES = 8;

    /** What the staff network came to at start-up. */
    public enum State {
        OFF,
        ON,
        PORT_TAKEN,
        NO_CERTIFICATE
    }

    /** The staff network as the Today page shows it; {@code addresses} are the https:// addresses to type. */
    public record Status(State state, int port, List<String> addresses, String fingerprint) {}

    private final StaffNetworkSettings settings;
    private volatile Status status;

    StaffNetwork(StaffNetworkSettings settings) {
        this.settings = settings;
        this.status = new Status(State.OFF, settings.port(), List.of(), "");
    }

    public Status status() {
        return status;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    void started(int port, String fingerprint) {
        status = new Status(
                State.ON,
                port,
                addresses().stream()
                        .map(a -> "https://" + a + ":" + port + "/staff")
                        .toList(),
                fingerprint);
    }

    void failed(State state) {
        status = new Status(state, settings.port(), List.of(), "");
    }

    /** True when the request came in on the staff network's port. */
    public boolean isNetworkRequest(HttpServletRequest request) {
        Status now = status;
        return now.state() == State.ON && request.getLocalPort() == now.port();
    }

    /**
     * How a login came in, for the audit trail: {@code how} as it is on the kiosk, and with the
     * client's address when it came over the staff network.
     */
    public String describe(HttpServletRequest request, String how) {
        if (request == null || !isNetworkRequest(request)) {
            return how;
        }
        return how + ", staff network from " + request.getRemoteAddr();
    }

    /** The PC's IPv4 addresses other than loopback and link-local ones, in a steady order. */
    static List<String> addresses() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(StaffNetwork::upAndNotLoopback)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .map(InetAddress::getHostAddress)
                    .distinct()
                    .sorted()
                    .limit(MAX_ADDRESSES)
                    .toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static boolean upAndNotLoopback(NetworkInterface face) {
        try {
            return face.isUp() && !face.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
