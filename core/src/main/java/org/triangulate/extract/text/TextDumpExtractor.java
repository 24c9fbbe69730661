package org.triangulate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.RawDocument;

/** Plain-text page dumps. (Placeholder: blank-line blocks.) */
public final class TextDumpExtractor implements Extractor {
    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        List<String> paragraphs = new ArrayList<>();
        for (String block : document.text().split("\\R\\s*\\R")) {
            String p = block.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new ExtractionException("no main text found");
        }
        return new Article(id, document.source(), document.url(), null, null, null, null, null, null, null, null,
                null, null, paragraphs, Map.of());
    }
}
