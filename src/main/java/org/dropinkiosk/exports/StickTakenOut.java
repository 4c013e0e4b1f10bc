package org.dropinkiosk.exports;

/** Staff asked to take a USB stick out: {@code done}, or the system's own words when it refused. */
public record StickTakenOut(String actor, String label, boolean done, String systemSaid) {}
