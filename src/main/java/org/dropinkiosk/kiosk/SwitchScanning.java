package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.UI;

/**
 * What a screen tells the visitor's browser about switch scanning ({@code scripts/kiosk-scan.js}). The venue's
 * default comes with every page; a visitor's own choice lasts for their visit, until the walk-away reset.
 */
public final class SwitchScanning {

    private SwitchScanning() {
    }

    /** Scans in {@code mode} for the rest of this visit; {@code null} goes back to the venue's default. */
    public static void choose(UI ui, ScanMode mode) {
        ui.getPage().executeJs("window.kioskScan && window.kioskScan.choose($0)", mode == null ? null : mode.code());
    }
}
