package org.dropinkiosk.staff.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The venue install reads the staff network setting from kiosk.yml, and opens a port only when it is on. */
class StaffNetworkFirewallScriptTest {

    private static final Path SCRIPT = Path.of("kiosk-config/venue-install/staff-network-firewall.sh");

    @TempDir
    Path folder;

    @Test
    void the_setting_is_read_from_kiosk_yml_with_comments_and_a_port_of_its_own() throws Exception {
        assertThat(show("""
                kiosk:
                  venue-name: Riverside
                  staff-network:
                    # on, for staff laptops
                    enabled: true   # since December
                    port: "9443"
                  speech-rate: 140
                """)).isEqualTo("enabled=true port=9443");
    }

    @Test
    void without_the_setting_or_with_it_off_the_port_stays_shut() throws Exception {
        assertThat(show("kiosk:\n  venue-name: Riverside\n")).isEqualTo("enabled=false port=8443");
        assertThat(show("kiosk:\n  staff-network:\n    enabled: false\n    port: 8443\n"))
                .isEqualTo("enabled=false port=8443");
        assertThat(
                        show(
                                "kiosk:\n  staff-network:\n    enabled: false\nsomething-else:\n  staff-network:\n    enabled: true\n"))
                .isEqualTo("enabled=false port=8443");
    }

    private String show(String yml) throws IOException, InterruptedException {
        Path file = folder.resolve("kiosk.yml");
        Files.writeString(file, yml, StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", SCRIPT.toString(), "--show", file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
