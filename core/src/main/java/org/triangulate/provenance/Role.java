package org.triangulate.provenance;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an article relates to the closest other copy of its story. */
public enum Role {
    /** The earliest or most complete copy nothing else in the event was copied into. */
    ORIGINAL("original"),
    /** Reproduces its source (nearly) word for word, at (nearly) full length. */
    VERBATIM("verbatim"),
    /** Mostly word-for-word passages of its source, with cuts, copy errors or light edits. */
    NEAR_VERBATIM("near-verbatim"),
    /** Much shorter than its source, few verbatim passages, own framing or context. */
    SUMMARY("summary"),
    /** Retells its source in other words, possibly with its own additions. */
    PARAPHRASE("paraphrase"),
    /** Same event, but no passage-level reuse of another article found. */
    INDEPENDENT("independent");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
