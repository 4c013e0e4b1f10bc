package org.dropinkiosk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a module; a module uses only what another shows (decision 1702). */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KioskApplication.class);

    @Test
    void modules_keep_to_themselves() {
        MODULES.verify();
    }
}
