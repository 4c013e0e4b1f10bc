package org.dropinkiosk.meetings;

/** Staff's input cannot be saved; {@code key} names the plain message that says why. Nothing was saved. */
public class MeetingRefused extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public MeetingRefused(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
