package org.dropinkiosk.content.editor;

import java.util.List;

/** Nothing was written: the page breaks a rule the staff member can fix (the problems say which). */
public final class SaveRefused extends Exception {

    private final List<NewsProblem> problems;

    public SaveRefused(List<NewsProblem> problems) {
        super(problems.isEmpty() ? "refused" : problems.getFirst().key());
        this.problems = List.copyOf(problems);
    }

    public SaveRefused(NewsProblem problem) {
        this(List.of(problem));
    }

    public List<NewsProblem> problems() {
        return problems;
    }
}
