package org.triangulate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.EventCluster;
import org.triangulate.cluster.Membership;
import org.triangulate.extract.Article;

/** Test helpers: articles from paragraphs, and a clustering from lists of ids. */
public final class Snippets {
    private Snippets() {
    }

    public static Article article(String id, String... paragraphs) {
        return dated(id, null, null, paragraphs);
    }

    public static Article dated(String id, String outlet, String published, String... paragraphs) {
        return new Article(id, id + ".txt", null, null, null, outlet,
                published == null ? null : Instant.parse(published), null, null, "en", null, null, null,
                List.of(paragraphs), Map.of());
    }

    public static Article titled(String id, String title, String... paragraphs) {
        return new Article(id, id + ".txt", null, title, null, null, null, null, null, "en", null, null, null,
                List.of(paragraphs), Map.of());
    }

    @SafeVarargs
    public static Clustering events(List<String>... events) {
        List<EventCluster> out = new java.util.ArrayList<>();
        int i = 1;
        for (List<String> ids : events) {
            List<Membership> members = ids.stream()
                    .map(a -> new Membership(a, 1, null, List.of(), List.of(), null, "test")).toList();
            out.add(new EventCluster("e" + i++, ids, members, List.of(), List.of(), null, null));
        }
        return new Clustering(List.of(), out, List.of());
    }
}
