package org.sitrep.core;

/** A user's input cannot be used: a bad file, row, URL or query. Carries the input's name and the reason. */
public class InputException extends SitrepException {
    private final String input;
    private final String reason;

    public InputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    public InputException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }
}
