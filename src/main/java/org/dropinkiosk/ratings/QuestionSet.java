package org.dropinkiosk.ratings;

import java.util.List;
import java.util.Optional;

/** A set of questions a visitor answers in one go, such as "Today". */
public record QuestionSet(String id, String title, String picture, List<Question> questions) {

    public QuestionSet {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
