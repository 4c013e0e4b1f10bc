package org.dropinkiosk.visits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dropinkiosk.config.KioskSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads and keeps every {@link Preference} of a visitor, whether their name is shown or not. The
 * columns come from the {@link Preference} list, never from input. Erasure and retention delete the
 * visitor row, and the preferences with it.
 */
@Service
public class VisitorPreferences {

    private final JdbcClient jdbc;
    private final String venueId;

    VisitorPreferences(JdbcClient jdbc, KioskSettings settings) {
        this.jdbc = jdbc;
        this.venueId = settings.venueId();
    }

    /** What the visitor chose, or nothing when there is no such visitor here. */
    public Optional<Preferences> of(long visitorId) {
        String columns =
                Arrays.stream(Preference.values()).map(Preference::column).collect(Collectors.joining(", "));
        return jdbc.sql("SELECT " + columns + " FROM visitor WHERE id = ? AND venue_id = ?")
                .params(visitorId, venueId)
                .query((rs, n) -> {
                    Map<Preference, String> values = new EnumMap<>(Preference.class);
                    for (Preference p : Preference.values()) {
                        Object value = rs.getObject(p.column());
                        if (value != null) {
                            values.put(p, String.valueOf(value));
                        }
                    }
                    return new Preferences(values);
                })
                .optional();
    }

    /** Keeps the chosen preferences; those not in {@code preferences} stay as they were. */
    public void keep(long visitorId, Preferences preferences) {
        if (preferences.values().isEmpty()) {
            return;
        }
        List<Preference> chosen = List.copyOf(preferences.values().keySet());
        String set = chosen.stream().map(p -> p.column() + " = ?").collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>();
        chosen.forEach(p -> params.add(p.kind().toColumn(preferences.values().get(p))));
        params.add(visitorId);
        params.add(venueId);
        jdbc.sql("UPDATE visitor SET " + set + " WHERE id = ? AND venue_id = ?")
                .params(params)
                .update();
    }
}
