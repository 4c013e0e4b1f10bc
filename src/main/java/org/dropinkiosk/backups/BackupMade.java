package org.dropinkiosk.backups;

/** A backup was written ({@code fileName} set, {@code kilobytes}, {@code removed} old ones) or failed ({@code failure}). */
public record BackupMade(String actor, String fileName, long kilobytes, int removed, String failure) {}
