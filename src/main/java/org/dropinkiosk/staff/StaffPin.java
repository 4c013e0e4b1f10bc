package org.dropinkiosk.staff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.dropinkiosk.config.KioskSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The staff PIN and recovery hashes the running kiosk checks against. They start from the settings
 * and follow kiosk.yml: a PIN changed in the staff area, or a hash edited (or written by SetPin) by
 * hand, is used at the next try without a restart.
 */
@Component
public class StaffPin {

    private static final Logger log = LoggerFactory.getLogger(StaffPin.class);

    private final Path yml;
    private String pinHash;
    private String recoveryHash;
    private FileTime seen;

    public StaffPin(KioskSettings settings, StaffSettings staff) {
        this.yml = settings.configDir().resolve(SetPin.SETTINGS_FILE);
        this.pinHash = settings.staffPinHash() == null ? "" : settings.staffPinHash();
        this.recoveryHash = staff.staffRecoveryHash() == null ? "" : staff.staffRecoveryHash();
        this.seen = modified();
    }

    /** The file the hashes are written to. */
    public Path file() {
        return yml;
    }

    public synchronized String pinHash() {
        reloadIfChanged();
        return pinHash;
    }

    public synchronized String recoveryHash() {
        reloadIfChanged();
        return recoveryHash;
    }

    public boolean isSet() {
        return !pinHash().isBlank();
    }

    /** Writes a new PIN hash into kiosk.yml and uses it at once. */
    public synchronized void change(String newHash) throws IOException {
        KioskYmlSecrets.write(yml, Map.of(KioskYmlSecrets.PIN_HASH, newHash));
        pinHash = newHash;
        seen = modified();
    }

    /** A stat per login try; the file is read again only when it has been saved since. */
    private void reloadIfChanged() {
        FileTime now = modified();
        if (now == null || now.equals(seen)) {
            return;
        }
        seen = now;
        try {
            Map<String, String> found = KioskYmlSecrets.read(yml);
            // An empty value does not replace a hash: one given on the command line or in the
            // environment stays when kiosk.yml is saved for another reason.
            pinHash = nonBlank(found.get(KioskYmlSecrets.PIN_HASH), pinHash);
            recoveryHash = nonBlank(found.get(KioskYmlSecrets.RECOVERY_HASH), recoveryHash);
            log.info("{} was saved: the staff PIN is read from it again", yml);
        } catch (IOException | RuntimeException e) {
            log.warn("{} was saved but could not be read ({}); the staff PIN stays as it was", yml, e.toString());
        }
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private FileTime modified() {
        try {
            return Files.exists(yml) ? Files.getLastModifiedTime(yml) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
