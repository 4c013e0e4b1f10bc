package org.dropinkiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The one writer of the staff hashes (SetPin and Change the PIN) leaves every other line as staff wrote it. */
class KioskYmlSecretsTest {

    @TempDir
    Path dir;

    @Test
    void the_hash_replaces_the_empty_setting_and_matches_the_pin() throws Exception {
        Path yml = dir.resolve("kiosk.yml");
        Files.write(
                yml,
                List.of(
                        "# comment",
                        "kiosk:",
                        "  venue-name: Riverside",
                        "  # The staff PIN",
                        "  staff-pin-hash: \"\""));
        KioskYmlSecrets.write(yml, Map.of(KioskYmlSecrets.PIN_HASH, new BCryptPasswordEncoder().encode("97531")));
        List<String> lines = Files.readAllLines(yml);
        assertThat(lines).hasSize(5).startsWith("# comment", "kiosk:", "  venue-name: Riverside", "  # The staff PIN");
        String hash = lines.get(4).replaceAll(".*\"(.*)\"", "$1");
        assertThat(hash).startsWith("$2a$");
        assertThat(new BCryptPasswordEncoder().matches("97531", hash)).isTrue();
        assertThat(Files.readString(yml)).doesNotContain("97531");
        assertThat(KioskYmlSecrets.read(yml)).containsEntry(KioskYmlSecrets.PIN_HASH, hash);
    }

    @Test
    void a_file_without_the_settings_gets_them_under_kiosk_and_keeps_the_rest() throws Exception {
        Path yml = dir.resolve("kiosk.yml");
        Files.write(
                yml,
                List.of(
                        "# The venue",
                        "kiosk:  # settings",
                        "  venue-name: Riverside",
                        "  # speech",
                        "  speech-rate: 120"));
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(KioskYmlSecrets.PIN_HASH, "$2a$10$abc");
        hashes.put(KioskYmlSecrets.RECOVERY_HASH, "$2a$10$def");
        KioskYmlSecrets.write(yml, hashes);
        assertThat(Files.readAllLines(yml))
                .containsExactly(
                        "# The venue",
                        "kiosk:  # settings",
                        "  staff-pin-hash: \"$2a$10$abc\"",
                        "  staff-recovery-hash: \"$2a$10$def\"",
                        "  venue-name: Riverside",
                        "  # speech",
                        "  speech-rate: 120");
        assertThat(KioskYmlSecrets.read(yml)).containsEntry(KioskYmlSecrets.RECOVERY_HASH, "$2a$10$def");
    }

    @Test
    void it_writes_a_new_file_and_moves_it_over_the_old_one_leaving_no_temporary_file() throws Exception {
        Path yml = dir.resolve("kiosk.yml");
        Files.write(yml, List.of("kiosk:", "  staff-pin-hash: \"old\""));
        Object before = Files.readAttributes(yml, BasicFileAttributes.class).fileKey();
        KioskYmlSecrets.write(yml, Map.of(KioskYmlSecrets.PIN_HASH, "new"));
        Object after = Files.readAttributes(yml, BasicFileAttributes.class).fileKey();
        assertThat(after).as("a new file (inode) took the old one's place").isNotEqualTo(before);
        assertThat(Files.readAllLines(yml)).containsExactly("kiosk:", "  staff-pin-hash: \"new\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("kiosk.yml");
        }
    }

    @Test
    void the_new_pin_rules_are_the_same_as_set_pin_has() {
        assertThat(NewPin.check("1357", "1357")).isEqualTo(NewPin.FINE);
        assertThat(NewPin.check("1357", "1358")).isEqualTo(NewPin.NOT_THE_SAME);
        assertThat(NewPin.check("135", "135")).isEqualTo(NewPin.WRONG_LENGTH);
        assertThat(NewPin.check("1".repeat(65), "1".repeat(65))).isEqualTo(NewPin.WRONG_LENGTH);
    }

    @Test
    void a_recovery_code_is_twenty_digits_in_groups_and_spaces_do_not_matter() {
        String code = RecoveryCode.generate();
        assertThat(code).matches("\\d{4}( \\d{4}){4}");
        assertThat(RecoveryCode.normalise(code)).hasSize(20).doesNotContain(" ");
        assertThat(RecoveryCode.generate()).isNotEqualTo(code);
    }
}
