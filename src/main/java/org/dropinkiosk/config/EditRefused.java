package org.dropinkiosk.config;

import java.util.List;

/** A staff editor's save that had problems: nothing was written. Each problem is a message key with its values. */
public final class EditRefused extends Exception {

    /** One thing that stops a save, in the words of the feature's messages. */
    public interface Problem {
        String key();

        List<Object> args();
    }

    private final List<? extends Problem> problems;

    public EditRefused(List<? extends Problem> problems) {
        super(problems.size() + " problems");
        this.problems = List.copyOf(problems);
    }

    public List<? extends Problem> problems() {
        return problems;
    }
}
