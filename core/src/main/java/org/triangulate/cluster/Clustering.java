package org.triangulate.cluster;

import java.util.List;
import java.util.Optional;

/** The output of the cluster stage: near-duplicate pairs, events and storylines. */
public record Clustering(List<DuplicatePair> duplicates, List<EventCluster> events, List<Storyline> storylines) {
    public Clustering {
        duplicates = List.copyOf(duplicates);
        events = List.copyOf(events);
        storylines = List.copyOf(storylines);
    }

    public Optional<EventCluster> eventOf(String articleId) {
        return events.stream().filter(e -> e.articles().contains(articleId)).findFirst();
    }

    public Optional<Storyline> storylineOf(String eventId) {
        return storylines.stream().filter(s -> s.events().contains(eventId)).findFirst();
    }
}
