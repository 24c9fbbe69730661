package org.triangulate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.triangulate.Analysis;
import org.triangulate.cluster.EventCluster;
import org.triangulate.extract.Article;
import org.triangulate.ingest.InputError;
import org.triangulate.provenance.ArticleProvenance;
import org.triangulate.provenance.EventProvenance;

/**
 * The analysis as JSON: the fixed contract documented in {@code docs/schema.md}. Fields may be added; the documented
 * ones are never renamed.
 */
public final class JsonReport {
    public static final String SCHEMA_VERSION = "1";

    private JsonReport() {
    }

    public static ObjectNode of(Analysis a) {
        ObjectMapper m = Json.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("schema", SCHEMA_VERSION);

        Briefings b = new Briefings(a);

        ArrayNode articles = root.putArray("articles");
        for (Article art : a.articles()) {
            ObjectNode n = ArticleJson.of(m, art);
            articles.add(n);
            Optional<EventCluster> ev = Optional.ofNullable(b.eventOf(art.id()));
            n.put("event", ev.map(EventCluster::id).orElse(null));
            Optional<ArticleProvenance> p = Optional.ofNullable(b.provenance(art.id()));
            n.put("role", p.map(x -> x.role().label()).orElse(null));
            n.put("copyOf", p.map(ArticleProvenance::copyOf).orElse(null));
            n.put("citedOrigin", p.map(ArticleProvenance::citedOrigin).map(c -> c.outlet()).orElse(null));
            p.ifPresent(x -> {
                n.set("citedOriginEvidence", m.valueToTree(x.citedOrigin()));
                n.put("similarity", round(x.similarity()));
                n.put("coverage", round(x.coverage()));
                n.put("roleExplanation", x.explanation());
                n.set("passages", m.valueToTree(x.passages()));
            });
            ev.flatMap(e -> e.members().stream().filter(mm -> mm.article().equals(art.id())).findFirst())
                    .ifPresent(mm -> n.set("eventMembership", m.valueToTree(mm)));
        }

        ArrayNode events = root.putArray("events");
        for (EventCluster e : a.clustering().events()) {
            ObjectNode n = events.addObject();
            n.put("id", e.id());
            n.set("articles", m.valueToTree(e.articles()));
            n.put("storyline", b.storylineOf(e.id()));
            Optional<EventProvenance> ep = b.provenance(e);
            ObjectNode origin = n.putObject("origin");
            origin.put("outlet", ep.map(EventProvenance::originOutlet).orElse(null));
            origin.put("article", ep.map(EventProvenance::originArticle).orElse(null));
            n.put("mostComplete", ep.map(EventProvenance::mostComplete).orElse(null));
            n.put("explanation", ep.map(EventProvenance::explanation).orElse(null));
            n.put("first", e.first() == null ? null : e.first().toString());
            n.put("last", e.last() == null ? null : e.last().toString());
            n.set("topTerms", m.valueToTree(e.topTerms()));
            n.set("topEntities", m.valueToTree(e.topEntities()));
            n.set("members", m.valueToTree(e.members()));
        }

        root.set("storylines", m.valueToTree(a.clustering().storylines()));
        root.set("duplicates", m.valueToTree(a.clustering().duplicates()));
        root.set("quotes", m.valueToTree(a.claims().quotes()));
        root.set("figures", m.valueToTree(a.claims().figures()));
        root.set("entities", m.valueToTree(a.claims().entities()));
        root.set("discrepancies", m.valueToTree(a.corroboration().discrepancies()));
        root.set("compatible", m.valueToTree(a.corroboration().compatible()));
        root.set("agreements", m.valueToTree(a.corroboration().agreements()));
        root.set("singleSource", m.valueToTree(a.corroboration().singleSource()));
        ArrayNode errors = root.putArray("errors");
        for (InputError err : a.errors()) {
            errors.add(m.valueToTree(err));
        }
        return root;
    }

    public static String toJson(Analysis a) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(of(a));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
