package org.triangulate.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.triangulate.extract.Article;

/** The JSON object for one extracted article, as printed by {@code triangulate extract}. */
public final class ArticleJson {
    private ArticleJson() {
    }

    public static ObjectNode of(ObjectMapper m, Article a) {
        ObjectNode n = m.createObjectNode();
        n.put("id", a.id());
        n.put("source", a.source());
        n.put("url", a.url());
        n.put("title", a.title());
        n.put("byline", a.byline());
        n.put("outlet", a.outlet());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("publishedLocal", a.publishedLocal());
        n.put("modified", a.modified() == null ? null : a.modified().toString());
        n.put("language", a.language());
        n.put("dateline", a.dateline());
        n.put("description", a.description());
        n.put("image", a.image());
        n.put("words", a.wordCount());
        n.put("text", a.text());
        n.set("kinds", m.valueToTree(a.kinds()));
        n.set("provenance", m.valueToTree(a.provenance()));
        return n;
    }
}
