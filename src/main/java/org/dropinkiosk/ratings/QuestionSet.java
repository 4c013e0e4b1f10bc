package org.dropinkiosk.ratings;

import java.util.List;
import java.util.Optional;

/** A set of questions a visitor answers in one go, such as "Today". */
public record QuestionSet(String id, String title, String picture, List<Question> questions) {

    /** The most sets the Tell us screen offers (with "You said, we did": two rows of three big pictures). */
    public static final int MOST_SETS = 5;

    /** The most questions in a set: one screen each, and a visitor should not tire before the end. */
    public static final int MOST_QUESTIONS = 10;

    public QuestionSet {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
