package org.dropinkiosk.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** Staff log in as a volunteer does: the PIN typed on the pad, then OK. The journeys' PIN is 2468. */
final class StaffPinPad {

    static final String PIN_2468_HASH = "$2a$10$ZQTW.BAA3ev2.rVXMo9gpOqUKl6xPf/R.cD52pH2aWB9w9Uepwn32";

    private StaffPinPad() {
    }

    static void logIn(Page page, String origin) {
        page.navigate(origin + "/staff/login");
        for (String key : List.of("2", "4", "6", "8", "OK")) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(key).setExact(true)).click();
        }
        page.waitForURL(origin + "/staff");
    }
}
