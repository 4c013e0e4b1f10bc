package org.dropinkiosk.content.editor.ui;

import java.util.List;
import java.util.stream.Collectors;
import org.dropinkiosk.content.editor.NewsProblem;
import org.dropinkiosk.kiosk.Messages;

/** The plain sentences for the problems that stopped a save. */
final class Problems {

    private Problems() {}

    static String text(Messages messages, List<NewsProblem> problems) {
        return problems.stream()
                .map(p -> messages.get(p.key(), p.args().toArray()))
                .collect(Collectors.joining(" "));
    }
}
