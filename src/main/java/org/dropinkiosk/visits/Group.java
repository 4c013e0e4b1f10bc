package org.dropinkiosk.visits;

/** A group visitors come with, from {@code kiosk-config/groups.yml}: a short id, a name and a picture. */
public record Group(String id, String name, String symbol) {
}
