-- Refused tries in a row are one audit line with a count and the time of the last one (decision 803).
ALTER TABLE audit_event ADD COLUMN repeats INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE audit_event ADD COLUMN last_at TIMESTAMP WITH TIME ZONE;
