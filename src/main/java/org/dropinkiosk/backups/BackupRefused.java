package org.dropinkiosk.backups;

/** A backup staff chose to restore is damaged or not a kiosk backup; nothing was changed. */
public record BackupRefused(String actor, String fileName) {}
