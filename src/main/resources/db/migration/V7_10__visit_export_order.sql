-- A venue's visits in the order staff export them (date, sign-in time, id): the export reads this
-- index instead of sorting a million rows (docs/decisions/911-export-streams-in-index-order.md).
CREATE INDEX visit_export ON visit (venue_id, visit_date, signed_in_at, id);
