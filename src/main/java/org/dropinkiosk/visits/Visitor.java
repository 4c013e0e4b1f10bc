package org.dropinkiosk.visits;

/**
 * A visitor as the kiosk knows them: the least it needs.
 *
 * @param symbol        the picture they chose, to tell two people of the same name apart
 * @param groupId       their group, {@link VisitorGroups#NO_GROUP} or {@link VisitorGroups#SUPPORTER}
 * @param showName      whether they agreed to be shown on the screen next time
 * @param slowerSpeech  they chose slower speech
 * @param readAloud     they chose to hear every screen read aloud
 */
public record Visitor(
        long id,
        String name,
        String symbol,
        String groupId,
        boolean showName,
        boolean slowerSpeech,
        boolean readAloud) {

    /** The first letter, for the picture grid and its letter filter. */
    public String initial() {
        return name.isEmpty() ? "" : new String(Character.toChars(Character.toUpperCase(name.codePointAt(0))));
    }
}
