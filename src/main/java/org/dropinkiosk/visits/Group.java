package org.dropinkiosk.visits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A group visitors come with, from {@code kiosk-config/groups.yml}: a short id, a name and a picture. The rules
 * are those of the file; an id left out of the file is made from the name. A hidden group is not offered at
 * sign-in, but its visits keep its name (staff hide a group that has visits instead of removing it).
 */
public record Group(
        @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "config.allowed.id")
        String id,

        @NotBlank @Size(max = 40) String name,
        String symbol,
        Boolean hidden) {

    /** The most groups the sign-in screen offers (with "No group" and "I am a supporter", 12 big pictures). */
    public static final int MOST_SHOWN = 10;

    /** The longest name, as the file's rule says. */
    public static final int MOST_LETTERS = 40;

    public boolean isHidden() {
        return Boolean.TRUE.equals(hidden);
    }
}
