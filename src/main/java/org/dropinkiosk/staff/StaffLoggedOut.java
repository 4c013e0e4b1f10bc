package org.dropinkiosk.staff;

/** A staff session ended; {@code why} in the audit trail's words, e.g. "Home pressed". */
public record StaffLoggedOut(String why) {}
