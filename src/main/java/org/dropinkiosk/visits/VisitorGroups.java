package org.dropinkiosk.visits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dropinkiosk.config.ConfigStore;
import org.dropinkiosk.config.Mistakes;
import org.dropinkiosk.config.PictureResolver;
import org.dropinkiosk.config.Slugs;
import org.springframework.stereotype.Component;

/**
 * The groups in {@code kiosk-config/groups.yml}, read through the {@link ConfigStore}. A broken file never stops
 * sign-in: a wrong item is left out, an unreadable file keeps the last good list, and every mistake is shown to staff.
 */
@Component
public class VisitorGroups {

    public static final String NO_GROUP = "none";
    public static final String SUPPORTER = "supporter";
    private static final String DEFAULT_SYMBOL = "group_work";

    private final ConfigStore store;
    private final PictureResolver pictures;

    public VisitorGroups(ConfigStore store, PictureResolver pictures) {
        this.store = store;
        this.pictures = pictures;
        store.register(GroupsFile.FILE, this::tidy);
    }

    /** The groups staff listed, in their order, hidden ones too (without "No group" and "I am a supporter"). */
    public List<Group> groups() {
        return store.current(GroupsFile.FILE).groups();
    }

    /** The groups a visitor can choose at sign-in: those not hidden. */
    public List<Group> shown() {
        return groups().stream().filter(g -> !g.isHidden()).toList();
    }

    public Optional<Group> byId(String id) {
        return groups().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /**
     * Gives each group its id and a picture that exists; a group whose id is taken is left out, and so is a shown
     * group beyond the most the sign-in screen has room for.
     */
    private GroupsFile tidy(GroupsFile read, Mistakes mistakes) {
        List<Group> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>(Set.of(NO_GROUP, SUPPORTER));
        int shown = 0;
        for (int i = 0; i < read.groups().size(); i++) {
            Group group = read.groups().get(i);
            String at = "groups[" + i + "]";
            String name = group.name().strip();
            String id = group.id() == null ? Slugs.of(name) : group.id().strip();
            if (id.isEmpty()) {
                mistakes.leftOut(at + ".id", "config.mistake.missing", mistakes.words("config.allowed.id"));
                continue;
            }
            if (!ids.add(id)) {
                mistakes.leftOut(at + ".id", "config.mistake.twice", id);
                continue;
            }
            String symbol =
                    group.symbol() == null ? DEFAULT_SYMBOL : group.symbol().strip();
            if (!pictures.exists(symbol)) {
                mistakes.add(
                        at + ".symbol", "config.mistake.picture", new Object[] {symbol}, "visits.config.group-picture");
                symbol = DEFAULT_SYMBOL;
            }
            if (!group.isHidden() && ++shown > Group.MOST_SHOWN) {
                mistakes.leftOut(at, "visits.config.too-many-groups", Group.MOST_SHOWN);
                continue;
            }
            kept.add(new Group(id, name, symbol, group.isHidden() ? Boolean.TRUE : null));
        }
        return new GroupsFile(kept);
    }
}
