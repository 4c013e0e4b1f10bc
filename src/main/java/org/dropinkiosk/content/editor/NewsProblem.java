package org.dropinkiosk.content.editor;

import java.util.List;

/** Why a page cannot be saved as it is: a message key in messages/content.properties and its values. */
public record NewsProblem(String key, List<Object> args) {

    public NewsProblem {
        args = List.copyOf(args);
    }

    static NewsProblem of(String key, Object... args) {
        return new NewsProblem(key, List.of(args));
    }
}
