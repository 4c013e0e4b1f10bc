package org.dropinkiosk.visits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.dropinkiosk.config.ConfigFile;

/** {@code kiosk-config/groups.yml}: the groups in the order staff listed them. */
public record GroupsFile(List<@NotNull @Valid Group> groups) {

    public static final ConfigFile<GroupsFile> FILE =
            ConfigFile.of("groups.yml", GroupsFile.class, () -> new GroupsFile(List.of()));

    public GroupsFile {
        groups = groups == null ? List.of() : groups;
    }
}
