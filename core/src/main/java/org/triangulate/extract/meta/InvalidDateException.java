package org.triangulate.extract.meta;

/** Text that looks like a date but cannot be one ("31.02.2024", "25:70 20.11.2024"); the message names the text and why. */
public final class InvalidDateException extends IllegalArgumentException {
    private final String matched;
    private final String rule;

    public InvalidDateException(String matched, String rule, String reason) {
        super("invalid date '" + matched + "' (" + rule + "): " + reason);
        this.matched = matched;
        this.rule = rule;
    }

    /** The text that was rejected. */
    public String matched() {
        return matched;
    }

    /** The rule that matched it. */
    public String rule() {
        return rule;
    }
}
