package org.triangulate.extract.text;

import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.RawDocument;

/** Markdown with optional YAML front matter. (Placeholder: delegates to the text-dump extractor.) */
public final class MarkdownExtractor implements Extractor {
    private final Extractor text = new TextDumpExtractor();

    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        return text.extract(id, document);
    }
}
