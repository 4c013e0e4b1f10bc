package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.Component;

/**
 * A big picture-and-word tile on Home. Each feature registers its own as a bean,
 * so the shell knows none of them.
 *
 * @param order     position on Home, smallest first
 * @param labelKey  message key of the tile's word
 * @param symbol    picture name under {@code symbols/}
 * @param view      the screen the tile opens
 */
public record HomeTile(int order, String labelKey, String symbol, Class<? extends Component> view) {}
