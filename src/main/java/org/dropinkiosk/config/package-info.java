/** The kiosk's settings and kiosk-config files, read by every module; it depends on none (decision 1702). */
@ApplicationModule(allowedDependencies = {})
package org.dropinkiosk.config;

import org.springframework.modulith.ApplicationModule;
