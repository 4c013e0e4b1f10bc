package org.dropinkiosk.exports;

/**
 * Formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab, CR or LF could
 * run as a formula when a spreadsheet opens the file. Such a cell gets a leading apostrophe, so it
 * is shown as the text it is.
 */
public final class SafeCell {

    private SafeCell() {}

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + value;
            default -> value;
        };
    }
}
