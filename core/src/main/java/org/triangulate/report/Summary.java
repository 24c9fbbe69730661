package org.triangulate.report;

import org.triangulate.Analysis;
import org.triangulate.cluster.EventCluster;
import org.triangulate.cluster.Storyline;
import org.triangulate.provenance.EventProvenance;

/** A few lines for the terminal: counts, storylines, events with origin and most complete copy. */
public final class Summary {
    private Summary() {
    }

    public static String render(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.articles().size()).append(" articles, ")
                .append(a.clustering().events().size()).append(" events, ")
                .append(a.clustering().storylines().size()).append(" storylines, ")
                .append(a.claims().quotes().size()).append(" quotes, ")
                .append(a.claims().figures().size()).append(" figures, ")
                .append(a.corroboration().discrepancies().size()).append(" discrepancies");
        if (!a.errors().isEmpty()) {
            sb.append(", ").append(a.errors().size()).append(" inputs failed");
        }
        sb.append('\n');
        for (Storyline s : a.clustering().storylines()) {
            sb.append("Storyline ").append(s.id()).append(": ").append(s.title()).append('\n');
        }
        Briefings b = new Briefings(a);
        for (EventCluster e : a.clustering().events()) {
            EventProvenance ep = b.provenance(e).orElse(null);
            sb.append("  Event ").append(e.id()).append(" (").append(e.articles().size()).append(" articles)");
            if (ep != null && ep.originOutlet() != null) {
                sb.append(", origin ").append(ep.originOutlet());
            }
            if (ep != null && ep.mostComplete() != null) {
                sb.append(", most complete ").append(ep.mostComplete());
            }
            sb.append(": ").append(String.join(", ", e.articles())).append('\n');
        }
        return sb.toString();
    }
}
