package org.dropinkiosk.kiosk;

/** How switch scanning runs: not at all, one switch that selects while the ring moves by itself, or two switches. */
public enum ScanMode {
    OFF,
    ONE_SWITCH,
    TWO_SWITCH;

    /** The name the browser script and the database use: off, one-switch, two-switch. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The mode for a stored code; {@code null} or an unknown code means the venue's default. */
    public static ScanMode fromCode(String code) {
        for (ScanMode mode : values()) {
            if (mode.code().equals(code)) {
                return mode;
            }
        }
        return null;
    }
}
