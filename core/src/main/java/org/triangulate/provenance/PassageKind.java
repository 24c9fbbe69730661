package org.triangulate.provenance;

import com.fasterxml.jackson.annotation.JsonValue;

/** How one passage (paragraph) of an article relates to its source. */
public enum PassageKind {
    VERBATIM("verbatim"),
    NEAR_VERBATIM("near-verbatim"),
    PARAPHRASE("paraphrase"),
    /** Found in no other article of the event: the outlet's own addition. */
    ADDITION("addition");

    private final String label;

    PassageKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
