-- Issue 18 (switch scanning): a visitor's own choice, kept with their other preferences and applied when they
-- sign in again. NULL means the venue's default (kiosk.access.scanning). Erasure and retention delete the row.
ALTER TABLE visitor ADD COLUMN scan_mode VARCHAR(12);
ALTER TABLE visitor ADD CONSTRAINT visitor_scan_mode CHECK (scan_mode IN ('off', 'one-switch', 'two-switch'));
