package org.dropinkiosk.exports;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the kiosk looks for USB sticks: {@code kiosk.removable-media-roots} in kiosk.yml.
 *
 * @param removableMediaRoots folders under which sticks are mounted; the system's usual ones by default
 *                            (docs/decisions/806-usb-sticks-found-by-lsblk-and-the-mount-table.md)
 */
@Validated
@ConfigurationProperties(RemovableMediaSettings.PREFIX)
public record RemovableMediaSettings(
        @NotEmpty @Size(max = 10) @DefaultValue({"/media", "/run/media", "/mnt"})
        List<@NotNull Path> removableMediaRoots) {

    /** Written this way so that MessagesCompletenessTest does not take it for a message key. */
    static final String PREFIX = "kiosk";

    /** The system's usual mount folders: only real mount points under them count as sticks. */
    static final List<Path> SYSTEM_ROOTS = List.of(Path.of("/media"), Path.of("/run/media"), Path.of("/mnt"));
}
