package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.triangulate.extract.Article;
import org.triangulate.extract.ExtractionException;
import org.triangulate.extract.Extractor;
import org.triangulate.extract.meta.Datelines;
import org.triangulate.ingest.RawDocument;

/**
 * HTML main-text and metadata extraction. The text pipeline is a fixed order of small stages, each in its own
 * class: {@link CharsetDecoder} → {@link MarkupBudget} and {@link DomBudget} (bounded parse) → {@link DomCleaner}
 * (clean) → {@link ContentScorer} (candidate blocks, scoring by text, commas, tag, class/id and link density) →
 * {@link ContentSelector} (main container and sibling expansion) → {@link ArticleCleaner} (cleanup) →
 * {@link TextRenderer} → {@link BoilerplateFilter}. The page is parsed once; when a pass finds too little text,
 * the next pass relaxes one rule (Readability's retry ladder) on a fresh clone. Metadata comes from
 * {@link MetadataExtractor}, the dateline from {@link Datelines}.
 */
public final class HtmlExtractor implements Extractor {
    /** Below this many characters a pass is retried with looser rules (Readability's default char threshold). */
    private static final int MIN_TEXT_CHARS = 500;
    /**
     * The parse budget ({@link MarkupBudget}): the largest page of both dev sets is 1.8 M chars and 9,900 elements,
     * so no dev page is touched (chosen on readability/ + wcxb-dev/); beyond that a page is a dump, an endless
     * listing or an attack, and its cost must stay bounded (trafilatura refuses files over 20 MB outright).
     */
    private static final int MAX_HTML_CHARS = 2_000_000;
    private static final int MAX_TAGS = 50_000;
    /**
     * Deeper elements become siblings at this depth (jsoup's own default is 512). The deepest dev page nests 57
     * levels (readability/ + wcxb-dev/); several stages walk each element's subtree, so depth multiplies the cost.
     */
    private static final int MAX_DEPTH = 128;
    /**
     * Element-ancestor pairs ({@link DomBudget}): at most 120,183 on a dev page (readability/ + wcxb-dev/, the
     * longest Wikipedia article); four times that keeps every real page whole and stops chains of wrappers.
     */
    private static final long MAX_PAIRS = 500_000;

    /** The lead is the first paragraph this long (a sentence or two), looked for among the first three. */
    private static final int LEAD_CHARS = 100;
    private static final int LEAD_SEARCH_PARAGRAPHS = 3;

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
        MarkupBudget.Bounded bounded = MarkupBudget.apply(decoded.text(), MAX_HTML_CHARS, MAX_TAGS);
        String base = document.url() == null ? "" : document.url();
        // parsed once: each pass cleans its own copy (a clone costs a tenth of a parse)
        Document doc = Jsoup.parse(bounded.html(), base, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        String cut = DomBudget.bound(doc, MAX_PAIRS);
        int streamed = StreamedSegments.place(doc);
        String budgetNote = bounded.note() == null ? cut : cut == null ? bounded.note() : bounded.note() + "; " + cut;
        PageMetadata meta = MetadataExtractor.extract(doc, document.url());
        Map<String, String> provenance = new LinkedHashMap<>(meta.provenance());
        // "3 hours ago" is a date only against the fetch time; read before the passes clean the DOM
        RelativeDates.Found relative = meta.published() == null ? RelativeDates.find(doc, document.fetched()) : null;
        provenance.put("charset", decoded.charset().name() + " (" + decoded.method() + ")");
        if (streamed > 0) {
            provenance.put("streamed", streamed + " streamed React segment(s) moved into their placeholders");
        }

        List<Block> best = List.of();
        String bestPass = null;
        int ceiling = textCeiling(doc);
        boolean anyHidden = hasHidden(doc);
        Boolean prose = null;
        for (Pass pass : PASSES) {
            if (bestPass != null && (pass.dropHidden() ? length(best) : 4 * length(best)) >= ceiling) {
                continue; // no pass can return more text than the page holds
            }
            if (!pass.stripUnlikely() && pass.conditional() && pass.dropHidden() && ceiling > LARGE_PAGE_CHARS) {
                // relaxing the class rules finds a page's prose in a container they removed; on a big page
                // without any prose only the last relaxation (keep every list and table) is worth its cost
                if (prose == null) prose = hasProse(doc);
                if (!prose) continue;
            }
            if (!pass.dropHidden() && !anyHidden) {
                continue; // nothing hidden: the same as the strict pass
            }
            Document copy = doc.clone();
            List<Block> paragraphs = runPass(copy, pass, meta.title());
            // hidden text counts only when the visible page has next to none (client-rendered pages)
            boolean better = pass.dropHidden() ? length(paragraphs) > length(best)
                    : length(paragraphs) > 4 * length(best);
            // a relaxed pass that finds more text in the page's footer (disclaimers, addresses) found no article
            if (better && !best.isEmpty() && inPageFooter(copy.selectFirst(Signals.CORE))) better = false;
            if (better) {
                best = paragraphs;
                bestPass = pass.name();
            }
            if (length(best) >= MIN_TEXT_CHARS) break;
        }
        if (length(best) < MIN_TEXT_CHARS) {
            // a client-rendered page may ship its text for readers without scripts in <noscript>
            List<Block> fromNoscript = noscriptPass(doc, meta.title(), length(best));
            if (fromNoscript != null) {
                best = fromNoscript;
                bestPass = "noscript";
            }
        }
        String bodyFallback = meta.articleBody();
        if (bodyFallback != null && length(best) < MIN_TEXT_CHARS && bodyFallback.length() > 2 * length(best)) {
            best = Block.plain(splitBody(bodyFallback));
            bestPass = "json-ld articleBody";
        }
        List<Block> withoutBio = AuthorBios.dropTrailing(best, meta.byline());
        String bioNote = withoutBio.size() == best.size() ? null
                : "author bio dropped (" + (best.size() - withoutBio.size()) + " closing paragraph(s) about " + meta.byline() + ")";
        best = withoutBio;
        if (best.isEmpty()) {
            List<String> frames = doc.select("frame[src], iframe[src]").eachAttr("src");
            if (doc.selectFirst("frameset") != null && !frames.isEmpty()) {
                throw new ExtractionException("no main text found: a frameset, its text is in the framed pages "
                        + String.join(", ", frames.subList(0, Math.min(5, frames.size()))));
            }
            throw new ExtractionException("no main text found" + (budgetNote == null ? "" : " (" + budgetNote + ")"));
        }
        provenance.put("text", "html main-content pass " + bestPass
                + (budgetNote == null ? "" : "; " + budgetNote) + (bioNote == null ? "" : "; " + bioNote));

        List<String> texts = Block.texts(best);
        String dateline = dateline(texts);
        if (dateline != null) {
            provenance.put("dateline", Datelines.rule(dateline));
        }

        String byline = meta.byline();
        if (byline == null) {
            byline = WireCredits.byline(texts);
            if (byline != null) provenance.put("byline", "closing wire credit 'Reporting by'");
        }

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
                byline, meta.outlet(), pub == null ? null : pub.instant(),
                pub == null ? null : pub.localIso(), mod == null ? null : mod.instant(), meta.language(),
                meta.description(), meta.image(), dateline, texts, provenance, Block.kinds(best));
    }

    /** Whether the pass's chosen container lies in the page's footer: a footer outside the article and main. */
    private static boolean inPageFooter(Element top) {
        if (top == null) return false;
        for (Element p = top; p != null; p = p.parent()) {
            String n = p.normalName();
            if (n.equals("article") || n.equals("main")) return false;
            if (n.equals("footer") || p.attr("role").equalsIgnoreCase("contentinfo")) return true;
        }
        return false;
    }

    private static List<Block> runPass(Document doc, Pass pass, String title) {
        DomCleaner.clean(doc, pass.stripUnlikely(), pass.dropHidden());
        ContentScorer scorer = new ContentScorer(pass.classWeight());
        List<Element> ranked = scorer.score(doc);
        Element article = ContentSelector.select(ranked, scorer);
        if (article == null) {
            article = doc.body();
            if (article == null) return List.of();
        }
        ArticleCleaner.clean(article, title, scorer, pass.conditional());
        return BoilerplateFilter.filterBlocks(TextRenderer.blocks(article));
    }

    /**
     * The place dateline of the lead: the first paragraph long enough to be prose, or a short line before it (a
     * kicker or a byline left in the text comes first on some pages).
     */
    private static String dateline(List<String> paragraphs) {
        for (int i = 0; i < Math.min(LEAD_SEARCH_PARAGRAPHS, paragraphs.size()); i++) {
            String place = Datelines.place(paragraphs.get(i));
            if (place != null || paragraphs.get(i).length() >= LEAD_CHARS) {
                return place;
            }
        }
        return null;
    }

    /** The page's {@code <noscript>} fallbacks, more text than the passes found. */
    private static final int NOSCRIPT_MIN_CHARS = 200;

    /**
     * The strict pass over the page with its {@code <noscript>} blocks opened (their markup is the page a reader
     * without scripts sees), when they hold at least {@link #NOSCRIPT_MIN_CHARS} and twice what the passes found;
     * else null. Tracking pixels and "enable JavaScript" notes hold less.
     */
    private static List<Block> noscriptPass(Document doc, String title, int found) {
        if (doc.body() == null) return null;
        List<Element> blocks = doc.body().getElementsByTag("noscript");
        if (blocks.isEmpty()) return null;
        int chars = 0;
        for (Element n : blocks) chars += Signals.textLength(n);
        if (chars < NOSCRIPT_MIN_CHARS || chars <= 2 * found) return null;
        Document copy = doc.clone();
        for (Element n : copy.body().getElementsByTag("noscript")) {
            if (n.parent() != null) n.unwrap();
        }
        List<Block> paragraphs = runPass(copy, PASSES.get(0), title);
        return length(paragraphs) > 2 * found ? paragraphs : null;
    }

    /**
     * The most text any pass can render from the page: every text node collapsed, plus one joining space each (and
     * one per image, which the renderer turns into a space). Passes only remove, move and copy disjoint subtrees.
     */
    static int textCeiling(Document doc) {
        int[] n = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                n[0] += TextNormalizer.collapse(t.getWholeText()).length() + 1;
            } else if (node instanceof Element e && e.normalName().equals("img")) {
                n[0]++;
            }
        }, doc);
        return n[0];
    }

    /**
     * Text (see {@link #textCeiling}) from which a page without prose skips the class-rule passes: a 20 MB page of
     * link lists spent 2 s in them. Far above the dev pages (the largest wcxb-dev page holds about 150 K), so
     * none of them changes.
     */
    private static final int LARGE_PAGE_CHARS = 100_000;

    /** Shortest text node (collapsed, outside links) that counts as a paragraph of prose for {@link #hasProse}. */
    private static final int PROSE_NODE_CHARS = 150;

    /**
     * Whether any text node outside a link holds prose (a sentence or two): pages of link lists, menus and
     * short labels have none, and the passes that only relax class rules cannot find any there.
     */
    static boolean hasProse(Document doc) {
        boolean[] found = {false};
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (found[0]) return FilterResult.STOP;
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    return tag.equals("a") || tag.equals("script") || tag.equals("style")
                            ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (node instanceof TextNode t && t.getWholeText().length() >= PROSE_NODE_CHARS
                        && TextNormalizer.collapse(t.getWholeText()).length() >= PROSE_NODE_CHARS) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return found[0];
    }

    private static boolean hasHidden(Document doc) {
        for (Element e : doc.getAllElements()) {
            if (DomCleaner.isHidden(e)) return true;
        }
        return false;
    }

    private static List<String> splitBody(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\\n\\s*\\n|\\r?\\n")) {
            String t = TextNormalizer.collapse(p);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static int length(List<Block> paragraphs) {
        int n = 0;
        for (Block p : paragraphs) n += p.text().length();
        return n;
    }
}
