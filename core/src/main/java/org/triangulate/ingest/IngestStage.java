package org.triangulate.ingest;

/** Factory for the ingest stage. */
public final class IngestStage {
    private IngestStage() {
    }

    /** Files, directories (recursively, sorted) and stdin; formats sniffed from content. */
    public static Ingester standard() {
        return new FileIngester();
    }
}
