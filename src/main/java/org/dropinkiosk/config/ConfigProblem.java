package org.dropinkiosk.config;

/**
 * One mistake in a file of kiosk-config, in words staff can act on.
 *
 * @param file    the file, relative to the kiosk-config folder, such as {@code content/02-co-production.md}
 * @param line    the line (1 is the first), or 0 when the whole file is meant
 * @param field   the field or item that is wrong, or empty
 * @param message a plain sentence saying what is wrong and what to do
 */
public record ConfigProblem(String file, int line, String field, String message) {

    public String sentence() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (field != null && !field.isBlank()) {
            s.append(", ").append(field);
        }
        return s.append(": ").append(message).toString();
    }
}
