package org.triangulate.extract.text;

import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.meta.ZoneResolver;
import org.triangulate.ingest.RawDocument;

/**
 * Plain-text dumps of rendered pages: one paragraph per line (blank lines between them or not). Each line is
 * classified (content, heading, caption, byline, dateline, furniture, section end), the body is the best-scoring run
 * of content lines, and metadata comes from the lines around it (see {@link PageAssembler}).
 */
public final class TextDumpExtractor implements Extractor {
    private final PageAssembler assembler;

    /** An extractor over the bundled outlet table. */
    public TextDumpExtractor() {
        this(ZoneResolver.standard());
    }

    /** An extractor resolving zones with the given resolver (load it once and share it). */
    public TextDumpExtractor(ZoneResolver zones) {
        this.assembler = new PageAssembler(zones);
    }

    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        String text = document.text();
        if (text.indexOf('\u0000') >= 0) {
            throw new ExtractionException("binary content in " + document.source() + " (NUL bytes)");
        }
        var lines = LineClassifier.classify(TextUnits.split(text));
        return assembler.assemble(id, document, lines, new FrontMatter(java.util.Map.of(), text), "text-dump");
    }
}
