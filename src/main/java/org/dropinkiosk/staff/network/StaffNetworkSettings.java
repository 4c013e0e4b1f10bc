package org.dropinkiosk.staff.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Staff on their own laptop or tablet: {@code kiosk.staff-network.enabled} opens the staff area over
 * HTTPS on {@code kiosk.staff-network.port} of every network address of the kiosk PC.
 */
@Validated
@ConfigurationProperties("kiosk.staff-network")
public record StaffNetworkSettings(
        @DefaultValue("false") boolean enabled,
        @Min(1024) @Max(65535) @DefaultValue("8443") int port) {}
