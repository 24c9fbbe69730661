package org.triangulate.extract;

import org.triangulate.extract.html.HtmlExtractor;
import org.triangulate.extract.text.MarkdownExtractor;
import org.triangulate.extract.text.TextDumpExtractor;
import org.triangulate.ingest.RawDocument;

/** Chooses the extractor for a document's format. */
final class FormatDispatchingExtractor implements Extractor {
    private final Extractor html = new HtmlExtractor();
    private final Extractor markdown = new MarkdownExtractor();
    private final Extractor text = new TextDumpExtractor();

    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        return switch (document.format()) {
            case HTML -> html.extract(id, document);
            case MARKDOWN -> markdown.extract(id, document);
            case TEXT -> text.extract(id, document);
            case WARC, FEED, JSONL -> throw new ExtractionException(
                    "container format " + document.format() + " must be expanded by the ingester");
        };
    }
}
