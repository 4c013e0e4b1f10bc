package org.dropinkiosk.kiosk;

/**
 * A button on Help that opens a feature's screen (e.g. a visitor's own choices). Each feature registers
 * its own as a bean, so Help knows none of them.
 *
 * @param order    position on Help, smallest first
 * @param labelKey message key of the button's words
 * @param symbol   picture name under {@code symbols/}
 * @param route    the address of the screen the button opens, fixed in code
 */
public record HelpLink(int order, String labelKey, String symbol, String route) {}
