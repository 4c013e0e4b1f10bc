package org.dropinkiosk.staff;

/** Staff changed the PIN; {@code saved} is false when kiosk.yml could not be written and the old PIN still works. */
public record PinChanged(boolean saved) {}
