package org.dropinkiosk.staff;

import java.time.LocalDate;

/**
 * The daily retention run anonymised the visits before {@code cutoff} ({@code retentionDays} old); the audit
 * trail keeps its line and deletes its own old lines on it, so each module clears its own table.
 */
public record RetentionRan(LocalDate cutoff, int retentionDays, int visits, int visitors) {}
