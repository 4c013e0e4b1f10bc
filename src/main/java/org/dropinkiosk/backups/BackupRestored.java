package org.dropinkiosk.backups;

/**
 * Staff put a backup back: the kiosk now runs on it, with the audit lines written since it was made carried over.
 *
 * @param when    the backup's time, as staff chose it ("Tuesday 1 December at 02:30")
 * @param keptIn  where the database it replaced is kept, inside the data folder
 */
public record BackupRestored(String actor, String when, String fileName, String keptIn) {}
