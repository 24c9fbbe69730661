package org.triangulate.extract.text;

import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.meta.ZoneResolver;
import org.triangulate.ingest.RawDocument;

/**
 * Markdown with optional YAML front matter. Front matter gives declared metadata (title unless empty, date as given,
 * url/origin_url, language, description, image); the body's Markdown is reduced to text units (headings, images,
 * paragraphs, list items) and then classified and selected like a text dump.
 */
public final class MarkdownExtractor implements Extractor {
    private final PageAssembler assembler;

    /** An extractor over the bundled outlet table. */
    public MarkdownExtractor() {
        this(ZoneResolver.standard());
    }

    /** An extractor resolving zones with the given resolver (load it once and share it). */
    public MarkdownExtractor(ZoneResolver zones) {
        this.assembler = new PageAssembler(zones);
    }

    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        String text = document.text();
        if (text.indexOf('\u0000') >= 0) {
            throw new ExtractionException("binary content in " + document.source() + " (NUL bytes)");
        }
        FrontMatter fm = FrontMatter.parse(text);
        var lines = LineClassifier.classify(MarkdownUnits.split(fm.body()));
        return assembler.assemble(id, document, lines, fm, "markdown");
    }
}
