package org.triangulate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.triangulate.ingest.RawDocument;

/** Chooses the extractor for a document's format. (Placeholder: paragraphs only; replaced stage by stage.) */
final class FormatDispatchingExtractor implements Extractor {
    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        String text = document.text();
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
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
