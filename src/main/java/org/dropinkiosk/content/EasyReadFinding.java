package org.dropinkiosk.content;

/**
 * One thing the easy-read checker found.
 *
 * @param file     the file, relative to kiosk-config
 * @param line     the line of the block (or of the problem)
 * @param error    true for a mistake that must be fixed; false for advice
 * @param rule     a short name of the rule, such as {@code long-sentence}
 * @param message  a plain sentence for staff
 */
public record EasyReadFinding(String file, int line, boolean error, String rule, String message) {

    public String sentence() {
        return file + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
