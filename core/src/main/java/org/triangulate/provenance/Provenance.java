package org.triangulate.provenance;

import java.util.List;
import java.util.Optional;

/** The output of the provenance stage. */
public record Provenance(List<ArticleProvenance> articles, List<EventProvenance> events) {
    public Provenance {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }

    public Optional<ArticleProvenance> of(String articleId) {
        return articles.stream().filter(a -> a.article().equals(articleId)).findFirst();
    }

    public Optional<EventProvenance> ofEvent(String eventId) {
        return events.stream().filter(e -> e.event().equals(eventId)).findFirst();
    }
}
