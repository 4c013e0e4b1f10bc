package org.dropinkiosk.visits;

/**
 * Staff saved groups.yml from the staff area; the audit trail keeps {@code detail}.
 *
 * @param detail what changed, in counts and group names (no visitor's name)
 */
public record GroupsSaved(String detail) {}
