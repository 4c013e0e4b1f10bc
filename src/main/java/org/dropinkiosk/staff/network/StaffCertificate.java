package org.dropinkiosk.staff.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The staff network's own HTTPS certificate: made on first start (EC P-256, self-signed, the PC's
 * name and addresses as alternative names), kept in {@code data/staff-network/} readable by the
 * kiosk's user only, and reused until it is within 30 days of running out, so the fingerprint staff
 * checked stays the same.
 */
final class StaffCertificate {

    static final String FOLDER = "staff-network";
    static final String KEY_STORE = "staff-network.p12";
    static final String PASSWORD = "staff-network.password";
    static final String ALIAS = "kiosk";
    private static final Duration LIFETIME = Duration.ofDays(5 * 365);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final KeyStore keyStore;
    private final String password;
    private final X509Certificate certificate;

    private StaffCertificate(KeyStore keyStore, String password) throws GeneralSecurityException {
        this.keyStore = keyStore;
        this.password = password;
        this.certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
    }

    /** The certificate kept in {@code dataDir}, or a new one made and kept there. */
    static StaffCertificate loadOrMake(Path dataDir, String hostName, List<String> addresses, Clock clock)
            throws IOException, GeneralSecurityException {
        Path folder = dataDir.resolve(FOLDER);
        Path store = folder.resolve(KEY_STORE);
        Path secret = folder.resolve(PASSWORD);
        if (Files.isRegularFile(store) && Files.isRegularFile(secret)) {
            ownerOnly(store);
            ownerOnly(secret);
            String password = Files.readString(secret, StandardCharsets.UTF_8).strip();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, password.toCharArray());
            }
            StaffCertificate kept = new StaffCertificate(keyStore, password);
            if (kept.certificate != null
                    && kept.certificate
                            .getNotAfter()
                            .toInstant()
                            .isAfter(clock.instant().plus(RENEW_BEFORE))) {
                return kept;
            }
        }
        return make(folder, hostName, addresses, clock);
    }

    private static StaffCertificate make(Path folder, String hostName, List<String> addresses, Clock clock)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        ownerOnly(folder);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair, hostName, addresses, clock.instant());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(ALIAS, pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        writeOwnerOnly(folder.resolve(PASSWORD), out -> out.write(password.getBytes(StandardCharsets.UTF_8)));
        writeOwnerOnly(folder.resolve(KEY_STORE), out -> {
            try {
                keyStore.store(out, password.toCharArray());
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
        });
        return new StaffCertificate(keyStore, password);
    }

    private static X509Certificate selfSigned(KeyPair pair, String hostName, List<String> addresses, Instant now)
            throws GeneralSecurityException, IOException {
        X500Name name =
                new X500Name("CN=" + hostName.replaceAll("[^A-Za-z0-9.-]", "-") + ", O=Drop-in Kiosk staff area");
        List<GeneralName> alternatives = new ArrayList<>();
        alternatives.add(new GeneralName(GeneralName.dNSName, "localhost"));
        if (!hostName.isBlank() && hostName.matches("[A-Za-z0-9.-]{1,253}")) {
            alternatives.add(new GeneralName(GeneralName.dNSName, hostName));
        }
        alternatives.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        for (String address : addresses) {
            alternatives.add(new GeneralName(GeneralName.iPAddress, address));
        }
        BigInteger serial = new BigInteger(64, new SecureRandom());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                name,
                serial,
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(LIFETIME)),
                name,
                pair.getPublic());
        builder.addExtension(
                Extension.subjectAlternativeName, false, new GeneralNames(alternatives.toArray(GeneralName[]::new)));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Written beside the target with owner-only rights from the start, flushed to disk, then moved into place. */
    private static void writeOwnerOnly(Path target, Writing writing) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        if (posix()) {
            Files.createFile(
                    partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(partial);
        }
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            writing.to(out);
            out.flush();
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Tightens a kept file or folder to its owner only, in case someone copied it in with wider rights. */
    private static void ownerOnly(Path path) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    KeyStore keyStore() {
        return keyStore;
    }

    String password() {
        return password;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** SHA-256 of the certificate as browsers show it: upper-case pairs of hex digits with spaces. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64 SHA-256 of the public key info: what Chromium's --ignore-certificate-errors-spki-list takes. */
    String publicKeyPin() {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256")
                            .digest(certificate.getPublicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
