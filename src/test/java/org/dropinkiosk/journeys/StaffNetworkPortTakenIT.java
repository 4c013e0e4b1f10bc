package org.dropinkiosk.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.dropinkiosk.staff.StaffTestData;
import org.dropinkiosk.staff.network.StaffNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Another program holds the staff port: the kiosk still runs for visitors, says why in one sentence, and Today says the staff network is off. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kiosk.staff-pin-hash=" + StaffTestData.PIN_HASH,
            "kiosk.venue-id=staff-network-taken",
            "kiosk.staff-network.enabled=true"
        })
class StaffNetworkPortTakenIT extends BrowserJourney {

    static final ServerSocket OTHER_PROGRAM = holdAPort();

    @DynamicPropertySource
    static void takenPort(DynamicPropertyRegistry registry) {
        registry.add("kiosk.staff-network.port", OTHER_PROGRAM::getLocalPort);
    }

    @AfterAll
    static void letGo() throws IOException {
        OTHER_PROGRAM.close();
    }

    @Autowired
    StaffNetwork network;

    @Test
    void a_taken_port_leaves_the_kiosk_running_and_the_staff_told(CapturedOutput output) {
        int taken = OTHER_PROGRAM.getLocalPort();
        assertThat(network.status().state()).isEqualTo(StaffNetwork.State.PORT_TAKEN);
        assertThat(output.getAll())
                .contains("The staff network is off: port " + taken + " is already taken by another program.");
        assertThat(output.getAll()).doesNotContain("BindException");

        open("/");
        assertThat(page.locator("#kiosk-venue")).isVisible();

        logInAsStaff(StaffTestData.PIN);
        assertThat(page.locator("#staff-network"))
                .containsText("The staff network is off: port " + taken + " is taken by another program on this PC.");
        page.locator("#staff-network").scrollIntoViewIfNeeded();
        screenshot("staff-network-port-taken");
    }

    private static ServerSocket holdAPort() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(0));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
