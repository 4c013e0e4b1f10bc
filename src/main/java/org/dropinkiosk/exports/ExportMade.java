package org.dropinkiosk.exports;

/**
 * An export was downloaded ({@code savedOn} null) or saved on a USB stick; {@code what} in the audit trail's
 * words, e.g. "visits CSV 2026-12-01 to 2026-12-03, venue main".
 */
public record ExportMade(String actor, String what, long rows, String savedOn, String fileName) {}
