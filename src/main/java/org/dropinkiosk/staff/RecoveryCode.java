package org.dropinkiosk.staff;

import java.security.SecureRandom;

/**
 * The staff recovery code: 20 random digits (about 66 bits), printed in groups of four so it can be
 * copied onto paper and typed on the PIN pad. Only its bcrypt hash is kept.
 */
public final class RecoveryCode {

    static final int DIGITS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCode() {}

    /** A new code, such as {@code 4821 9930 1274 5521 0093}. */
    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append(' ');
            }
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** The digits only: spaces and dashes copied from the paper do not matter. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}
