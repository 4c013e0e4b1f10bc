package org.dropinkiosk.staff.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff screens: {@code kiosk.staff.*}.
 *
 * @param leaveOnVisitorScreens end a staff login when a visitor screen opens; false only for browserless view tests of
 *                              staff pages, whose simulated browser always opens Home first
 */
@ConfigurationProperties("kiosk.staff")
record StaffScreenSettings(@DefaultValue("true") boolean leaveOnVisitorScreens) {}
