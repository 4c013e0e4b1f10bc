package org.dropinkiosk.ratings;

import java.time.OffsetDateTime;

/** A "You said, we did" reply that staff wrote to what visitors said. */
public record Reply(long id, String youSaid, String weDid, String symbol, OffsetDateTime createdAt) {}
