-- The visits still signed in, found without reading every visit of the venue: the job that signs
-- everyone out at closing time asks for them every minute (VisitService.signOutEveryoneStillIn).
CREATE INDEX visit_still_in ON visit (venue_id, signed_out_at);
