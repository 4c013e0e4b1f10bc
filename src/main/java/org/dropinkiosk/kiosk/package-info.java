/**
 * The shell every feature plugs into (home, layouts, staff pages, messages): it knows no feature, only the
 * settings (decision 1702). Its {@code ui} sub-package is its own.
 */
@ApplicationModule(allowedDependencies = "config")
package org.dropinkiosk.kiosk;

import org.springframework.modulith.ApplicationModule;
