package org.dropinkiosk.visits;

import java.time.OffsetDateTime;

/** One line of the roll call: a visitor who is signed in now. */
public record Present(long visitorId, String name, String symbol, String groupId, OffsetDateTime signedInAt) {}
