package org.dropinkiosk.ratings;

/**
 * Staff saved questions.yml from the staff area; the audit trail keeps {@code detail}.
 *
 * @param detail what changed, in counts and set titles
 */
public record QuestionSetsSaved(String detail) {}
