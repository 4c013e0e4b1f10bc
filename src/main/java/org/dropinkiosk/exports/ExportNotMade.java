package org.dropinkiosk.exports;

/** An export stopped before the end ({@code savedOn} null: a download) or could not be saved on a stick. */
public record ExportNotMade(String actor, String what, String savedOn, String problem) {}
