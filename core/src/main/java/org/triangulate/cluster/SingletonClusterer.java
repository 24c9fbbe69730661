package org.triangulate.cluster;

import java.util.ArrayList;
import java.util.List;
import org.triangulate.extract.Article;

/** Placeholder: every article is its own event. */
final class SingletonClusterer implements Clusterer {
    private final List<Article> articles = new ArrayList<>();

    @Override
    public void add(List<Article> batch) {
        articles.addAll(batch);
    }

    @Override
    public Clustering snapshot() {
        List<EventCluster> events = new ArrayList<>();
        for (Article a : articles) {
            events.add(new EventCluster("e" + (events.size() + 1), List.of(a.id()),
                    List.of(new Membership(a.id(), 0, null, List.of(), List.of(), null, "founded the event")),
                    List.of(), List.of(), a.published(), a.published()));
        }
        return new Clustering(List.of(), events, List.of());
    }
}
