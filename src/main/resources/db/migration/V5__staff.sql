-- The PIN throttle counts a kiosk's recent wrong PINs in the audit trail; the audit page lists newest first.
CREATE INDEX audit_event_venue_action_at ON audit_event (venue_id, action, at);
