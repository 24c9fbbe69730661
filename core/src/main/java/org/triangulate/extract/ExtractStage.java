package org.triangulate.extract;

/** Factory for the extract stage. */
public final class ExtractStage {
    private ExtractStage() {
    }

    /** Dispatches on the document's format: text dumps, Markdown, HTML. */
    public static Extractor standard() {
        return new FormatDispatchingExtractor();
    }
}
