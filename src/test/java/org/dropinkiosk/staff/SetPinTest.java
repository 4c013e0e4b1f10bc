package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** SetPin writes a bcrypt hash into kiosk.yml and leaves every other line as staff wrote it. */
class SetPinTest {

    @TempDir
    Path dir;

    @Test
    void the_hash_replaces_the_empty_setting_and_matches_the_pin() throws Exception {
        Path yml = dir.resolve("kiosk.yml");
        Files.write(yml, List.of("# comment", "kiosk:", "  venue-name: Riverside", "  # The staff PIN", "  staff-pin-hash: \"\""));
        SetPin.write(yml, new BCryptPasswordEncoder().encode("97531"));
        List<String> lines = Files.readAllLines(yml);
        assertThat(lines).hasSize(5).startsWith("# comment", "kiosk:", "  venue-name: Riverside", "  # The staff PIN");
        String hash = lines.get(4).replaceAll(".*\"(.*)\"", "$1");
        assertThat(hash).startsWith("$2a$");
        assertThat(new BCryptPasswordEncoder().matches("97531", hash)).isTrue();
        assertThat(Files.readString(yml)).doesNotContain("97531");
    }

    @Test
    void a_file_without_the_setting_gets_it_under_kiosk() throws Exception {
        Path yml = dir.resolve("kiosk.yml");
        Files.write(yml, List.of("kiosk:", "  venue-name: Riverside"));
        SetPin.write(yml, "$2a$10$abc");
        assertThat(Files.readAllLines(yml)).containsExactly("kiosk:", "  staff-pin-hash: \"$2a$10$abc\"", "  venue-name: Riverside");
    }
}
