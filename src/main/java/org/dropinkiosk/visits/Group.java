package org.dropinkiosk.visits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A group visitors come with, from {@code kiosk-config/groups.yml}: a short id, a name and a picture. The rules
 * are those of the file; an id left out of the file is made from the name.
 */
public record Group(
        @Size(max = 40) @Pattern(regexp = "[a-z0-9-]+", message = "config.allowed.id")
        String id,

        @NotBlank @Size(max = 40) String name,
        String symbol) {}
