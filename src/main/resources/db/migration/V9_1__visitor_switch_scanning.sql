-- Issue 18 (switch scanning): a visitor's own scanning and its speed, two more Preference columns of visitor
-- (decision 1812). NULL means the venue's default (kiosk.access.scanning, kiosk.access.scan-interval).
-- Erasure and retention delete the row, and these with it.
ALTER TABLE visitor ADD COLUMN scan_mode VARCHAR(12);
ALTER TABLE visitor ADD CONSTRAINT visitor_scan_mode CHECK (scan_mode IN ('off', 'one-switch', 'two-switch'));
ALTER TABLE visitor ADD COLUMN scan_interval_ms INTEGER;
ALTER TABLE visitor ADD CONSTRAINT visitor_scan_interval CHECK (scan_interval_ms BETWEEN 500 AND 5000);
