package org.triangulate.ingest;

/** Factory for the ingest stage. */
public final class IngestStage {
    private IngestStage() {
    }

    /**
     * Files, directories (recursively, sorted, hidden entries skipped) and stdin ({@code -}); gzip decompressed;
     * formats sniffed from content (the file name only breaks ties); WARC/ARC, RSS/Atom and JSONL expanded into
     * documents named {@code path#n}; one document or record is capped at 50 MB.
     */
    public static Ingester standard() {
        return new FileIngester();
    }
}
