package org.dropinkiosk.staff.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dropinkiosk.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffCertificateTest {

    private static final Clock NOW = new TestClock(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void the_key_is_kept_readable_by_the_kiosk_user_only() throws Exception {
        StaffCertificate.loadOrMake(data, "venue-pc", List.of("192.168.1.20"), NOW);

        Path folder = data.resolve(StaffCertificate.FOLDER);
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(folder.resolve(StaffCertificate.KEY_STORE))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(folder.resolve(StaffCertificate.PASSWORD))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(StaffCertificate.KEY_STORE, StaffCertificate.PASSWORD);
        }
    }

    @Test
    void a_key_copied_in_with_wider_rights_is_tightened_on_the_next_start() throws Exception {
        StaffCertificate.loadOrMake(data, "venue-pc", List.of(), NOW);
        Path store = data.resolve(StaffCertificate.FOLDER).resolve(StaffCertificate.KEY_STORE);
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-r--r--"));

        StaffCertificate.loadOrMake(data, "venue-pc", List.of(), NOW);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store)))
                .isEqualTo("rw-------");
    }

    @Test
    void the_certificate_names_the_pc_and_its_addresses_and_is_reused_on_later_starts() throws Exception {
        StaffCertificate first =
                StaffCertificate.loadOrMake(data, "venue-pc", List.of("192.168.1.20", "10.0.0.5"), NOW);
        StaffCertificate again = StaffCertificate.loadOrMake(
                data, "venue-pc", List.of("192.168.1.99"), Clock.offset(NOW, Duration.ofDays(300)));

        X509Certificate certificate = first.certificate();
        assertThat(certificate.getSubjectAlternativeNames())
                .extracting(name -> (Object) name.get(1))
                .contains((Object) "venue-pc", "localhost", "127.0.0.1", "192.168.1.20", "10.0.0.5");
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(first.fingerprint()).matches("([0-9A-F]{2} ){31}[0-9A-F]{2}");
        System.out.println("Staff certificate fingerprint (SHA-256): " + first.fingerprint());
    }

    @Test
    void a_certificate_about_to_run_out_is_made_again() throws Exception {
        StaffCertificate first = StaffCertificate.loadOrMake(data, "venue-pc", List.of(), NOW);
        Instant nearlyOut = first.certificate().getNotAfter().toInstant().minus(Duration.ofDays(10));

        StaffCertificate renewed =
                StaffCertificate.loadOrMake(data, "venue-pc", List.of(), new TestClock(nearlyOut, ZoneOffset.UTC));

        assertThat(renewed.fingerprint()).isNotEqualTo(first.fingerprint());
        assertThat(renewed.certificate().getNotAfter().toInstant()).isAfter(nearlyOut.plus(Duration.ofDays(365)));
    }
}
