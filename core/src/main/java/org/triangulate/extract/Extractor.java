package org.triangulate.extract;

import org.triangulate.ingest.RawDocument;

/** Turns one raw document into an article: main text without boilerplate, plus metadata. */
public interface Extractor {
    /**
     * @param id the id to give the article
     * @throws ExtractionException when the document holds no article (the reason names why)
     */
    Article extract(String id, RawDocument document) throws ExtractionException;
}
