package org.dropinkiosk.meetings;

/**
 * A meeting was added, changed, removed, imported or seeded: {@code change} e.g. "added", {@code detail} the
 * audit trail's words. Published inside the change's transaction, so its audit line stands or falls with it.
 */
public record MeetingChanged(String actor, String change, String detail) {}
