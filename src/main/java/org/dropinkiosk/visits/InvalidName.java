package org.dropinkiosk.visits;

/** A name that cannot be kept; {@link #problemKey()} is the message key of the friendly sentence. */
public class InvalidName extends IllegalArgumentException {

    private final String problemKey;

    public InvalidName(String problemKey) {
        super(problemKey);
        this.problemKey = problemKey;
    }

    public String problemKey() {
        return problemKey;
    }
}
