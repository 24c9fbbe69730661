package org.triangulate.provenance;

/** Factory for the provenance stage. */
public final class ProvenanceStage {
    private ProvenanceStage() {
    }

    /** Cited origins from attribution phrases; roles and copies from sentence alignment within each event. */
    public static ProvenanceAnalyzer standard() {
        return new StandardProvenanceAnalyzer();
    }
}
