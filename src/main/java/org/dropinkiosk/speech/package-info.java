/** Speech for every screen: it knows the settings and the shell, never a feature (decision 1702). */
@ApplicationModule(allowedDependencies = {"config", "kiosk"})
package org.dropinkiosk.speech;

import org.springframework.modulith.ApplicationModule;
