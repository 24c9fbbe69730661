package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.ingest.RawDocument;

/**
 * HTML main-text and metadata extraction. The text pipeline is a fixed order of small stages, each in its own
 * class: {@link CharsetDecoder} → {@link DomCleaner} (clean) → {@link ContentScorer} (candidate blocks, scoring by
 * text, commas, tag, class/id and link density) → {@link ContentSelector} (main container and sibling
 * expansion) → {@link ArticleCleaner} (cleanup) → {@link TextRenderer} → {@link BoilerplateFilter}. When a pass
 * finds too little text, the next pass relaxes one rule (Readability's retry ladder). Metadata comes from
 * {@link MetadataExtractor}.
 */
public final class HtmlExtractor implements Extractor {
    /** Below this many characters a pass is retried with looser rules (Readability's default char threshold). */
    private static final int MIN_TEXT_CHARS = 500;
    /**
     * Pages are read up to this many characters. The largest page of both dev sets is under 2 MB; beyond
     * 5 M characters a page is a dump or an attack, and the article (near the top) is kept while the cost stays
     * bounded (trafilatura refuses files over 20 MB outright).
     */
    private static final int MAX_HTML_CHARS = 5_000_000;

    /** The passes, strictest first: strip unlikely containers, use class weights, clean conditionally, drop hidden. */
    private record Pass(String name, boolean stripUnlikely, boolean classWeight, boolean conditional,
                        boolean dropHidden) {
    }

    private static final List<Pass> PASSES = List.of(
            new Pass("strict", true, true, true, true),
            new Pass("keep-unlikely", false, true, true, true),
            new Pass("no-class-weight", false, false, true, true),
            new Pass("no-conditional-clean", false, false, false, true),
            // pages that render their text client-side may ship it in hidden containers
            new Pass("keep-hidden", true, true, true, false));

    /** Creates an extractor; it holds no state and is safe to share between threads. */
    public HtmlExtractor() {
    }

    @Override
    public Article extract(String id, RawDocument document) throws ExtractionException {
        byte[] bytes = document.content();
        if (bytes.length == 0) {
            throw new ExtractionException("empty document");
        }
        CharsetDecoder.Decoded decoded = CharsetDecoder.decode(bytes, document.declaredCharset());
        String html = decoded.text();
        boolean truncated = html.length() > MAX_HTML_CHARS;
        if (truncated) {
            html = html.substring(0, MAX_HTML_CHARS);
        }
        String base = document.url() == null ? "" : document.url();
        Document doc = Jsoup.parse(html, base);
        PageMetadata meta = MetadataExtractor.extract(doc, document.url());
        Map<String, String> provenance = new LinkedHashMap<>(meta.provenance());
        // "3 hours ago" is a date only against the fetch time; read before the passes clean the DOM
        RelativeDates.Found relative = meta.published() == null ? RelativeDates.find(doc, document.fetched()) : null;
        provenance.put("charset", decoded.charset().name() + " (" + decoded.method() + ")");

        List<String> best = List.of();
        String bestPass = null;
        for (int i = 0; i < PASSES.size(); i++) {
            Pass pass = PASSES.get(i);
            Document work = i == 0 ? doc : Jsoup.parse(html, base);
            List<String> paragraphs = runPass(work, pass, meta.title());
            // hidden text counts only when the visible page has next to none (client-rendered pages)
            boolean better = pass.dropHidden() ? length(paragraphs) > length(best)
                    : length(paragraphs) > 4 * length(best);
            if (better) {
                best = paragraphs;
                bestPass = pass.name();
            }
            if (length(best) >= MIN_TEXT_CHARS) break;
        }
        String bodyFallback = meta.articleBody();
        if (bodyFallback != null && length(best) < MIN_TEXT_CHARS && bodyFallback.length() > 2 * length(best)) {
            best = splitBody(bodyFallback);
            bestPass = "json-ld articleBody";
        }
        if (best.isEmpty()) {
            throw new ExtractionException("no main text found");
        }
        provenance.put("text", "html main-content pass " + bestPass
                + (truncated ? "; page cut at " + MAX_HTML_CHARS + " of " + decoded.text().length() + " chars" : ""));

        IsoDates.ParsedDate pub = meta.published();
        if (pub == null && relative != null) {
            pub = relative.date();
            provenance.put("published", "relative '" + relative.text() + "' to the fetch time " + document.fetched());
        }
        IsoDates.ParsedDate mod = meta.modified();
        // a page cannot be published after it was fetched (a day of slack for zone-less values)
        if (pub != null && document.fetched() != null
                && pub.instant().isAfter(document.fetched().plus(java.time.Duration.ofDays(1)))) {
            provenance.put("published", "rejected " + pub.localIso() + " from " + provenance.get("published")
                    + ": after the fetch time " + document.fetched());
            pub = null;
        }
        if (pub != null && pub.offset() == null && !pub.dateOnly()) {
            provenance.put("published", provenance.get("published") + "; no offset, read as UTC");
        }
        return new Article(id, document.source(), meta.url() != null ? meta.url() : document.url(), meta.title(),
                meta.byline(), meta.outlet(), pub == null ? null : pub.instant(),
                pub == null ? null : pub.localIso(), mod == null ? null : mod.instant(), meta.language(),
                meta.description(), meta.image(), null, best, provenance);
    }

    private static List<String> runPass(Document doc, Pass pass, String title) {
        DomCleaner.clean(doc, pass.stripUnlikely(), pass.dropHidden());
        ContentScorer scorer = new ContentScorer(pass.classWeight());
        List<Element> ranked = scorer.score(doc);
        Element article = ContentSelector.select(ranked, scorer);
        if (article == null) {
            article = doc.body();
            if (article == null) return List.of();
        }
        ArticleCleaner.clean(article, title, scorer, pass.conditional());
        return BoilerplateFilter.filter(TextRenderer.paragraphs(article));
    }

    private static List<String> splitBody(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\\n\\s*\\n|\\r?\\n")) {
            String t = TextNormalizer.collapse(p);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }
}
