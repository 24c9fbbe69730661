package org.triangulate.extract.html;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.RawDocument;

/** HTML main-text and metadata extraction. (Placeholder: body paragraphs only.) */
public final class HtmlExtractor implements Extractor {
    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        Document doc = Jsoup.parse(document.text(), document.url() == null ? "" : document.url());
        List<String> paragraphs = doc.select("p").eachText().stream().filter(s -> !s.isBlank()).toList();
        if (paragraphs.isEmpty()) {
            throw new ExtractionException("no main text found");
        }
        String title = doc.title().isBlank() ? null : doc.title();
        return new Article(id, document.source(), document.url(), title, null, null, null, null, null, null, null,
                null, null, paragraphs, Map.of());
    }
}
