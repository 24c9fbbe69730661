package org.triangulate.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.triangulate.Analysis;
import org.triangulate.claims.Figure;
import org.triangulate.claims.Quote;
import org.triangulate.cluster.EventCluster;
import org.triangulate.cluster.Storyline;
import org.triangulate.corroborate.Discrepancy;
import org.triangulate.corroborate.Fact;
import org.triangulate.corroborate.Variant;
import org.triangulate.extract.Article;
import org.triangulate.ingest.InputError;
import org.triangulate.provenance.ArticleProvenance;
import org.triangulate.provenance.EventProvenance;
import org.triangulate.provenance.PassageKind;
import org.triangulate.provenance.PassageMatch;

/**
 * The briefing as one self-contained HTML page (no scripts, no external resources): the same sections as the
 * Markdown briefing, plus a drawing of who reused whom and passage-by-passage colouring.
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font:15px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
            h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}
            th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
            th{background:#f4f4f4}.num{text-align:right}
            blockquote{margin:.6em 0;padding:.3em .8em;border-left:4px solid #9ab;background:#f7f9fb}
            .cite{color:#555;font-size:.88em}.tag{display:inline-block;padding:0 .4em;border-radius:3px;font-size:.85em}
            .conflict{background:#fde2e1}.compatible{background:#fff3cd}.agreed{background:#e2f5e6}
            .p-verbatim{border-left:4px solid #2e7d32}.p-near-verbatim{border-left:4px solid #81c784}
            .p-paraphrase{border-left:4px solid #f9a825}.p-addition{border-left:4px solid #c62828}
            .passages p{padding-left:.6em;margin:.3em 0}details{margin:.4em 0}svg text{font:12px sans-serif}
            """;

    private HtmlReport() {
    }

    public static String render(Analysis a) {
        Briefings b = new Briefings(a);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>Triangulate briefing</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>Triangulate briefing</h1>\n<p>").append(a.articles().size()).append(" articles, ")
                .append(a.clustering().events().size()).append(" events, ")
                .append(a.clustering().storylines().size()).append(" storylines.</p>\n");
        for (Storyline s : b.storylines()) {
            h.append("<h2>Storyline: ").append(e(s.title())).append("</h2>\n<ol>");
            for (String id : s.events()) {
                EventCluster ev = b.event(id);
                if (ev != null) {
                    h.append("<li><b>").append(ev.first() == null ? "undated" : Times.at(ev.first(), b.articlesByTime(ev)))
                            .append("</b> — <a href=\"#").append(e(ev.id())).append("\">").append(e(b.eventTitle(ev)))
                            .append("</a> (").append(ev.articles().size()).append(" articles)</li>");
                }
            }
            h.append("</ol>\n");
            for (String id : s.events()) {
                EventCluster ev = b.event(id);
                if (ev != null) {
                    event(h, a, b, ev);
                }
            }
        }
        for (EventCluster ev : b.eventsWithoutStoryline()) {
            event(h, a, b, ev);
        }
        h.append("<h2>Sources</h2><ul>");
        for (Article art : a.articles()) {
            h.append("<li id=\"a-").append(e(art.id())).append("\"><b>[").append(e(art.id())).append("]</b> ")
                    .append(e(Objects.requireNonNullElse(art.outlet(), "unknown outlet"))).append(": ")
                    .append(e(Objects.requireNonNullElse(art.title(), "(untitled)"))).append(" — ")
                    .append(art.published() == null ? "publish time unknown" : Times.published(art))
                    .append(" — <code>").append(e(art.source())).append("</code></li>");
        }
        h.append("</ul>\n");
        if (!a.errors().isEmpty()) {
            h.append("<h2>Errors</h2><ul>");
            for (InputError err : a.errors()) {
                h.append("<li><code>").append(e(err.source())).append("</code> (").append(e(err.stage()))
                        .append("): ").append(e(err.reason())).append("</li>");
            }
            h.append("</ul>");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void event(StringBuilder h, Analysis a, Briefings b, EventCluster ev) {
        h.append("<h3 id=\"").append(e(ev.id())).append("\">Event ").append(e(ev.id())).append(": ")
                .append(e(b.eventTitle(ev))).append("</h3>\n<ul>");
        EventProvenance ep = b.provenance(ev).orElse(null);
        if (ep != null) {
            if (ep.originOutlet() != null) {
                h.append("<li><b>Cited origin:</b> ").append(e(ep.originOutlet())).append("</li>");
            }
            if (ep.mostComplete() != null) {
                h.append("<li><b>Most complete copy:</b> ").append(ref(ep.mostComplete())).append("</li>");
            }
            if (ep.explanation() != null) {
                h.append("<li><b>Why:</b> ").append(e(ep.explanation())).append("</li>");
            }
        }
        h.append("</ul>\n<table><tr><th>Article</th><th>Outlet</th><th>Published (UTC)</th><th>Role</th>")
                .append("<th>Copy of</th><th class=num>Words</th><th class=num>Reused</th></tr>");
        for (Article art : b.articlesByTime(ev)) {
            ArticleProvenance p = b.provenance(art.id());
            h.append("<tr><td>").append(ref(art.id())).append("</td><td>")
                    .append(e(Objects.requireNonNullElse(art.outlet(), "?"))).append("</td><td>")
                    .append(art.published() == null ? "unknown" : Times.published(art)).append("</td><td>")
                    .append(p == null ? "?" : e(p.role().label())).append("</td><td>")
                    .append(p == null || p.copyOf() == null ? "—" : ref(p.copyOf())).append("</td><td class=num>")
                    .append(art.wordCount()).append("</td><td class=num>")
                    .append(p == null ? "—" : Math.round(p.coverage() * 100) + "%").append("</td></tr>");
        }
        h.append("</table>\n");
        reuseGraph(h, b, ev);
        for (String id : ev.articles()) {
            ArticleProvenance p = b.provenance(id);
            if (p == null || p.passages().isEmpty()) {
                continue;
            }
            h.append("<details><summary>Passages of ").append(e(id)).append(" (").append(e(p.role().label()))
                    .append(p.copyOf() == null ? "" : " of " + e(p.copyOf())).append(")</summary><div class=passages>");
            for (PassageMatch m : p.passages()) {
                h.append("<p class=\"p-").append(m.kind().label()).append("\" title=\"").append(e(m.kind().label()))
                        .append(m.sourceArticle() == null ? "" : " of " + e(m.sourceArticle()) + " ¶" + m.sourceParagraph())
                        .append(", score ").append(String.format(Locale.ROOT, "%.2f", m.score())).append("\">")
                        .append(e(m.text())).append("</p>");
            }
            h.append("</div></details>\n");
        }
        List<Quote> quotes = a.claims().quotes().stream().filter(q -> ev.id().equals(q.event())).toList();
        if (!quotes.isEmpty()) {
            h.append("<h4>Quotes</h4>");
            for (Quote q : quotes) {
                h.append("<blockquote>“").append(e(q.text())).append("”<br>— <b>")
                        .append(e(Objects.requireNonNullElse(q.speaker(), "unattributed"))).append("</b>");
                if (q.attribution() != null) {
                    h.append(", ").append(e(q.attribution()));
                }
                h.append(" <span class=cite>").append(refs(q.articles())).append("</span></blockquote>");
            }
        }
        List<Figure> figures = a.claims().figures().stream().filter(f -> ev.id().equals(f.event())).toList();
        if (!figures.isEmpty()) {
            h.append("<h4>Figures</h4><table><tr><th>Figure</th><th>Value</th><th>Unit</th><th>What</th><th>Sources</th></tr>");
            for (Figure f : figures) {
                h.append("<tr><td>").append(e(f.text())).append("</td><td>").append(e(f.value())).append("</td><td>")
                        .append(e(Objects.requireNonNullElse(f.unit(), ""))).append("</td><td>")
                        .append(e(Objects.requireNonNullElse(f.context(), ""))).append("</td><td>")
                        .append(refs(f.articles())).append("</td></tr>");
            }
            h.append("</table>");
        }
        List<String> items = new ArrayList<>();
        for (Discrepancy d : a.corroboration().discrepancies()) {
            if (ev.id().equals(d.event())) {
                items.add("<li><span class=\"tag conflict\">" + e(d.kind()) + " · " + e(String.valueOf(d.verdict()))
                        + "</span> " + e(Objects.requireNonNullElse(d.subject(), "")) + ": " + variants(d.values())
                        + (d.explanation() == null ? "" : " <span class=cite>" + e(d.explanation()) + "</span>") + "</li>");
            }
        }
        for (Discrepancy d : a.corroboration().compatible()) {
            if (ev.id().equals(d.event())) {
                items.add("<li><span class=\"tag compatible\">compatible</span> "
                        + e(Objects.requireNonNullElse(d.subject(), "")) + ": " + variants(d.values())
                        + (d.explanation() == null ? "" : " <span class=cite>" + e(d.explanation()) + "</span>") + "</li>");
            }
        }
        for (Fact f : a.corroboration().agreements()) {
            if (ev.id().equals(f.event())) {
                items.add("<li><span class=\"tag agreed\">agreed</span> " + e(f.text()) + " " + refs(f.articles()) + "</li>");
            }
        }
        for (Fact f : a.corroboration().singleSource()) {
            if (ev.id().equals(f.event())) {
                items.add("<li><span class=\"tag\">single source</span> " + e(f.text()) + " " + refs(f.articles()) + "</li>");
            }
        }
        if (!items.isEmpty()) {
            h.append("<h4>Corroboration</h4><ul>").append(String.join("", items)).append("</ul>");
        }
    }

    /** Articles as boxes in columns by copy depth, arrows from source to copy labelled with the role. */
    private static void reuseGraph(StringBuilder h, Briefings b, EventCluster ev) {
        Map<String, String> parent = new LinkedHashMap<>();
        for (String id : ev.articles()) {
            ArticleProvenance p = b.provenance(id);
            if (p != null) {
                parent.put(id, p.copyOf());
            }
        }
        if (parent.values().stream().allMatch(Objects::isNull)) {
            return;
        }
        Map<String, Integer> depth = new LinkedHashMap<>();
        for (String id : ev.articles()) {
            int d = 0;
            String cur = parent.get(id);
            while (cur != null && d < ev.articles().size()) {
                d++;
                cur = parent.get(cur);
            }
            depth.put(id, d);
        }
        Map<Integer, Integer> rows = new LinkedHashMap<>();
        Map<String, int[]> pos = new LinkedHashMap<>();
        for (String id : ev.articles()) {
            int d = depth.get(id);
            int r = rows.merge(d, 1, Integer::sum) - 1;
            pos.put(id, new int[]{20 + d * 260, 20 + r * 50});
        }
        int w = 20 + (depth.values().stream().max(Integer::compare).orElse(0) + 1) * 260;
        int hgt = 20 + rows.values().stream().max(Integer::compare).orElse(1) * 50;
        h.append("<svg width=\"").append(w).append("\" height=\"").append(hgt)
                .append("\" role=\"img\" aria-label=\"who reused whom\"><defs><marker id=\"ah\" markerWidth=\"8\" "
                        + "markerHeight=\"8\" refX=\"8\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" "
                        + "fill=\"#555\"/></marker></defs>");
        for (String id : ev.articles()) {
            String par = parent.get(id);
            if (par != null && pos.containsKey(par)) {
                int[] s = pos.get(par);
                int[] t = pos.get(id);
                ArticleProvenance p = b.provenance(id);
                String role = p == null ? "" : p.role().label();
                h.append("<line x1=\"").append(s[0] + 200).append("\" y1=\"").append(s[1] + 15).append("\" x2=\"")
                        .append(t[0]).append("\" y2=\"").append(t[1] + 15)
                        .append("\" stroke=\"#555\" marker-end=\"url(#ah)\"/><text x=\"")
                        .append((s[0] + 200 + t[0]) / 2 - 20).append("\" y=\"").append((s[1] + t[1]) / 2 + 10)
                        .append("\" fill=\"#333\">").append(e(role)).append("</text>");
            }
        }
        for (Map.Entry<String, int[]> p : pos.entrySet()) {
            String label = p.getKey() + " · " + Objects.requireNonNullElse(b.article(p.getKey()).outlet(), "?");
            if (label.length() > 30) {
                label = label.substring(0, 29) + "…";
            }
            h.append("<rect x=\"").append(p.getValue()[0]).append("\" y=\"").append(p.getValue()[1])
                    .append("\" width=\"200\" height=\"30\" rx=\"4\" fill=\"#eef3f8\" stroke=\"#789\"/><text x=\"")
                    .append(p.getValue()[0] + 6).append("\" y=\"").append(p.getValue()[1] + 19).append("\">")
                    .append(e(label)).append("</text>");
        }
        h.append("</svg>\n");
    }

    private static String variants(List<Variant> vs) {
        List<String> parts = new ArrayList<>();
        for (Variant v : vs) {
            parts.add("“" + e(v.text()) + "” " + refs(v.articles()));
        }
        return String.join(" vs ", parts);
    }

    private static String ref(String id) {
        return "<a href=\"#a-" + e(id) + "\">[" + e(id) + "]</a>";
    }

    private static String refs(List<String> ids) {
        return String.join(" ", ids.stream().map(HtmlReport::ref).toList());
    }

    /** HTML-escapes text and attribute values. */
    static String e(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
