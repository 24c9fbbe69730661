package org.triangulate.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.triangulate.Analysis;
import org.triangulate.claims.Figure;
import org.triangulate.claims.Quote;
import org.triangulate.cluster.EventCluster;
import org.triangulate.cluster.StoryLink;
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
 * The briefing as Markdown: per storyline a timeline of events; per event its origin, a coverage table, who reused
 * what, quotes, figures, agreements and discrepancies. Every statement cites the articles it rests on as [id].
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Analysis a) {
        StringBuilder sb = new StringBuilder();
        Briefings b = new Briefings(a);
        sb.append("# Triangulate briefing\n\n");
        sb.append(a.articles().size()).append(" articles from ").append(b.outletCount()).append(" outlets, ")
                .append(a.clustering().events().size()).append(" events in ")
                .append(a.clustering().storylines().size()).append(" storylines.");
        if (!a.errors().isEmpty()) {
            sb.append(' ').append(a.errors().size()).append(" inputs could not be read (see Errors).");
        }
        sb.append(" Article ids in brackets, e.g. [").append(a.articles().isEmpty() ? "id" : a.articles().get(0).id())
                .append("], refer to the Sources list at the end.\n\n");

        for (Storyline s : b.storylines()) {
            sb.append("## Storyline: ").append(esc(s.title())).append("\n\n");
            sb.append("### Timeline\n\n");
            for (String eid : s.events()) {
                EventCluster e = b.event(eid);
                if (e == null) {
                    continue;
                }
                sb.append("- **").append(e.first() == null ? "undated" : Times.at(e.first(), b.articlesByTime(e))).append("** — ")
                        .append(esc(b.eventTitle(e))).append(" (").append(e.id()).append("; ")
                        .append(e.articles().size()).append(e.articles().size() == 1 ? " article" : " articles");
                String origin = b.provenance(e).map(EventProvenance::originOutlet).orElse(null);
                if (origin != null) {
                    sb.append("; origin ").append(esc(origin));
                }
                sb.append(")\n");
            }
            if (!s.links().isEmpty()) {
                sb.append("\nWhy these events are one storyline:\n\n");
                for (StoryLink l : s.links()) {
                    sb.append("- ").append(l.from()).append(" ↔ ").append(l.to()).append(" (score ")
                            .append(fmt(l.score())).append("): ").append(esc(l.reason() == null ? "" : l.reason()));
                    if (!l.sharedEntities().isEmpty()) {
                        sb.append(" Shared entities: ").append(esc(String.join(", ", l.sharedEntities()))).append('.');
                    }
                    if (!l.sharedTerms().isEmpty()) {
                        sb.append(" Shared terms: ").append(esc(String.join(", ", l.sharedTerms()))).append('.');
                    }
                    sb.append('\n');
                }
            }
            sb.append('\n');
            for (String eid : s.events()) {
                EventCluster e = b.event(eid);
                if (e != null) {
                    event(sb, a, b, e);
                }
            }
        }
        for (EventCluster e : b.eventsWithoutStoryline()) {
            event(sb, a, b, e);
        }

        sb.append("## Sources\n\n");
        for (Article art : a.articles()) {
            sb.append("- [").append(art.id()).append("] ").append(esc(nz(art.outlet(), "unknown outlet")))
                    .append(": ").append(esc(nz(art.title(), "(untitled)")))
                    .append(art.published() == null ? " — publish time unknown" : " — " + Times.published(art))
                    .append(" — `").append(art.source()).append('`');
            if (art.url() != null) {
                sb.append(" <").append(art.url()).append('>');
            }
            sb.append('\n');
        }
        if (!a.errors().isEmpty()) {
            sb.append("\n## Errors\n\n");
            for (InputError err : a.errors()) {
                sb.append("- `").append(err.source()).append("` (").append(err.stage()).append("): ")
                        .append(esc(err.reason())).append('\n');
            }
        }
        sb.append("\n---\nMade by Triangulate without network or language models: every role, match and verdict "
                + "above comes from the rules and scores recorded in the JSON report.\n");
        return sb.toString();
    }

    private static void event(StringBuilder sb, Analysis a, Briefings b, EventCluster e) {
        sb.append("### Event ").append(e.id()).append(": ").append(esc(b.eventTitle(e))).append("\n\n");
        b.provenance(e).ifPresent(ep -> {
            if (ep.originOutlet() != null) {
                sb.append("- **Cited origin:** ").append(esc(ep.originOutlet()));
                long citing = e.articles().stream().map(id -> b.provenance(id))
                        .filter(p -> p != null && p.citedOrigin() != null
                                && ep.originOutlet().equals(p.citedOrigin().outlet())).count();
                sb.append(" (named by ").append(citing).append(" of ").append(e.articles().size())
                        .append(" articles)\n");
            }
            if (ep.mostComplete() != null) {
                sb.append("- **Most complete copy:** [").append(ep.mostComplete()).append("] ")
                        .append(esc(b.outlet(ep.mostComplete()))).append('\n');
            }
            if (ep.explanation() != null) {
                sb.append("- **Why:** ").append(esc(ep.explanation())).append('\n');
            }
        });
        if (e.first() != null) {
            sb.append("- **First seen:** ").append(Times.at(e.first(), b.articlesByTime(e)));
            if (e.last() != null && !e.last().equals(e.first())) {
                sb.append("; last ").append(Times.at(e.last(), b.articlesByTime(e)));
            }
            sb.append('\n');
        }
        List<String> keyEntities = b.keyEntities(e, 8);
        if (!keyEntities.isEmpty()) {
            sb.append("- **Key entities:** ").append(esc(String.join(", ", keyEntities))).append('\n');
        }
        sb.append('\n');

        sb.append("#### Coverage\n\n");
        sb.append("| Article | Outlet | Published (UTC) | Role | Copy of | Words | Share of source reused | Own additions |\n");
        sb.append("|---|---|---|---|---|---:|---:|---|\n");
        for (Article art : b.articlesByTime(e)) {
            ArticleProvenance p = b.provenance(art.id());
            sb.append("| [").append(art.id()).append("] | ").append(cell(nz(art.outlet(), "?"))).append(" | ")
                    .append(art.published() == null ? "unknown" : Times.published(art)).append(" | ")
                    .append(p == null ? "?" : p.role().label()).append(" | ")
                    .append(p == null || p.copyOf() == null ? "—" : "[" + p.copyOf() + "]").append(" | ")
                    .append(art.wordCount()).append(" | ")
                    .append(p == null || p.copyOf() == null ? "—" : pct(p.coverage())).append(" | ")
                    .append(cell(additions(p))).append(" |\n");
        }
        sb.append('\n');

        List<ArticleProvenance> copies = e.articles().stream().map(id -> b.provenance(id))
                .filter(Objects::nonNull).filter(p -> p.copyOf() != null).toList();
        if (!copies.isEmpty()) {
            sb.append("#### Who reused what\n\n```\n");
            for (ArticleProvenance p : copies) {
                Map<PassageKind, Integer> kinds = passageKinds(p);
                sb.append(p.copyOf()).append("  ──").append(p.role().label()).append("──▶  ").append(p.article())
                        .append("   ");
                List<String> parts = new ArrayList<>();
                kinds.forEach((k, n) -> parts.add(n + " " + k.label()));
                sb.append(String.join(", ", parts)).append(" paragraphs\n");
            }
            sb.append("```\n\n");
            for (ArticleProvenance p : copies) {
                if (p.explanation() != null) {
                    sb.append("- [").append(p.article()).append("] ").append(esc(p.explanation())).append('\n');
                }
            }
            sb.append('\n');
        }

        List<Quote> quotes = a.claims().quotes().stream().filter(q -> e.id().equals(q.event())).toList();
        if (!quotes.isEmpty()) {
            sb.append("#### Quotes\n\n");
            for (Quote q : quotes) {
                sb.append("> “").append(esc(q.text())).append("”\n>\n> — **")
                        .append(esc(nz(q.speaker(), "unattributed"))).append("**");
                if (q.attribution() != null) {
                    sb.append(" (").append(esc(q.attribution())).append(')');
                }
                sb.append(' ').append(cite(q.articles())).append("\n\n");
            }
        }

        List<Figure> figures = a.claims().figures().stream().filter(f -> e.id().equals(f.event())).toList();
        if (!figures.isEmpty()) {
            sb.append("#### Figures\n\n| Figure | Value | Unit | What | Sources |\n|---|---|---|---|---|\n");
            for (Figure f : figures) {
                sb.append("| ").append(cell(f.text())).append(" | ").append(cell(f.value())).append(" | ")
                        .append(cell(nz(f.unit(), ""))).append(" | ").append(cell(nz(f.context(), ""))).append(" | ")
                        .append(cite(f.articles())).append(" |\n");
            }
            sb.append('\n');
        }

        List<Discrepancy> disc = a.corroboration().discrepancies().stream().filter(d -> e.id().equals(d.event()))
                .toList();
        List<Discrepancy> compat = a.corroboration().compatible().stream().filter(d -> e.id().equals(d.event()))
                .toList();
        List<Fact> agreed = a.corroboration().agreements().stream().filter(f -> e.id().equals(f.event())).toList();
        List<Fact> single = a.corroboration().singleSource().stream().filter(f -> e.id().equals(f.event())).toList();
        if (!disc.isEmpty() || !compat.isEmpty()) {
            sb.append("#### Discrepancies\n\n");
            for (Discrepancy d : disc) {
                sb.append("- **").append(esc(d.kind())).append(", ").append(esc(nz(d.verdict(), ""))).append(":** ")
                        .append(esc(nz(d.subject(), ""))).append(" — ").append(variants(d.values()));
                if (d.explanation() != null) {
                    sb.append("  \n  _Why:_ ").append(esc(d.explanation()));
                }
                sb.append('\n');
            }
            for (Discrepancy d : compat) {
                sb.append("- **compatible:** ").append(esc(nz(d.subject(), ""))).append(" — ").append(variants(d.values()));
                if (d.explanation() != null) {
                    sb.append("  \n  _Why:_ ").append(esc(d.explanation()));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        if (!agreed.isEmpty()) {
            sb.append("#### Corroborated\n\n");
            for (Fact f : agreed) {
                sb.append("- ").append(esc(f.kind())).append(": ").append(esc(f.text())).append(' ')
                        .append(cite(f.articles()));
                if (f.explanation() != null) {
                    sb.append(" — ").append(esc(f.explanation()));
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        if (!single.isEmpty()) {
            sb.append("#### Resting on one source\n\n");
            for (Fact f : single) {
                sb.append("- ").append(esc(f.kind())).append(": ").append(esc(shorten(f.text(), 220))).append(' ')
                        .append(cite(f.articles())).append('\n');
            }
            sb.append('\n');
        }
    }

    private static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return s.substring(0, cut > max / 2 ? cut : max - 1).strip() + " …";
    }

    private static Map<PassageKind, Integer> passageKinds(ArticleProvenance p) {
        Map<PassageKind, Integer> kinds = new LinkedHashMap<>();
        for (PassageKind k : PassageKind.values()) {
            int n = (int) p.passages().stream().filter(m -> m.kind() == k).count();
            if (n > 0) {
                kinds.put(k, n);
            }
        }
        return kinds;
    }

    private static String additions(ArticleProvenance p) {
        if (p == null) {
            return "—";
        }
        List<PassageMatch> adds = p.passages().stream().filter(m -> m.kind() == PassageKind.ADDITION).toList();
        if (adds.isEmpty()) {
            return "none";
        }
        String first = adds.get(0).text();
        if (first.length() > 80) {
            first = first.substring(0, 77).strip() + "…";
        }
        return adds.size() + " ¶: “" + first + "”";
    }

    private static String variants(List<Variant> vs) {
        List<String> parts = new ArrayList<>();
        for (Variant v : vs) {
            parts.add("“" + esc(v.text()) + "” " + cite(v.articles()));
        }
        return String.join(" vs ", parts);
    }

    static String cite(List<String> ids) {
        return ids.stream().map(id -> "[" + id + "]").reduce((x, y) -> x + " " + y).orElse("");
    }

    private static String pct(double d) {
        return Math.round(d * 100) + "%";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    private static String nz(String s, String dflt) {
        return s == null || s.isBlank() ? dflt : s;
    }

    /** Escapes Markdown control characters that would change the meaning of copied text. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]");
    }

    private static String cell(String s) {
        return esc(s).replace("|", "\\|").replace("\n", " ");
    }
}
