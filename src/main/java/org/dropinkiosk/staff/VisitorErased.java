package org.dropinkiosk.staff;

/** Staff erased one person on request; the audit line names only the record number, never the person. */
public record VisitorErased(String actor, long visitorId, int visits, int visitors) {}
