package org.dropinkiosk.kiosk;

import com.vaadin.flow.component.Component;

/**
 * A page of the staff area, listed in the staff menu. Features register their own as beans,
 * so the staff layout knows none of them. Staff views use {@code layout = StaffLayout.class}
 * and {@code @RolesAllowed(StaffPage.ROLE)}.
 */
public record StaffPage(int order, String labelKey, Class<? extends Component> view) {

    /** The role a logged-in member of staff has. */
    public static final String ROLE = "STAFF";

    /** Where staff download exports; the staff security guards it with {@link #ROLE}. */
    public static final String DOWNLOADS = "/staff/export/";
}
