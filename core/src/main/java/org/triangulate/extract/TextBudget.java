package org.triangulate.extract;

import java.nio.charset.StandardCharsets;
import org.triangulate.ingest.RawDocument;

/**
 * Bounds a text dump or Markdown document before the line classifier sees it: beyond the budget a dump is a log,
 * a concatenation or an attack, and classifying its lines would cost seconds. The cut falls on a line end, so
 * no line is half-read.
 */
final class TextBudget {
    /**
     * About 5,000 lines of prose: four times the longest gold text of the dev sets (119 K chars, readability/ +
     * wcxb-dev/); the line classifier takes about 0.7 CPU seconds for this much on the development machine.
     */
    static final int MAX_TEXT_CHARS = 500_000;
    /** Within one very long line, a space this close to the limit is the cut. */
    private static final int LINE_SEARCH_CHARS = 64 * 1024;

    /**
     * @param document the document to read, cut or not
     * @param note     what was cut, for the provenance, or null
     */
    record Bounded(RawDocument document, String note) {
    }

    private TextBudget() {
    }

    static Bounded apply(RawDocument doc) {
        // a char takes at least one byte in every charset the ingester hands over, so small inputs need no decoding
        if (doc.content().length <= MAX_TEXT_CHARS) {
            return new Bounded(doc, null);
        }
        String text = doc.text();
        if (text.length() <= MAX_TEXT_CHARS) {
            return new Bounded(doc, null);
        }
        int cut = cutPoint(text, MAX_TEXT_CHARS);
        RawDocument cutDoc = new RawDocument(doc.source(), doc.format(),
                text.substring(0, cut).getBytes(StandardCharsets.UTF_8), "UTF-8", doc.url(), doc.fetched(),
                doc.fields());
        return new Bounded(cutDoc, "input cut at " + cut + " of " + text.length() + " chars (line end)");
    }

    static int cutPoint(String text, int max) {
        int nl = text.lastIndexOf('\n', max);
        if (nl > 0 && nl >= max - LINE_SEARCH_CHARS) {
            return nl;
        }
        int sp = text.lastIndexOf(' ', max);
        if (sp > 0 && sp >= max - LINE_SEARCH_CHARS) {
            return sp;
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }
}
