package org.dropinkiosk.visits;

/** What a new visitor chose on the kiosk before they are signed in for the first time. */
public record NewVisitor(
        String name, String symbol, String groupId, boolean showName, boolean slowerSpeech, boolean readAloud) {}
