package org.triangulate.cluster;

import java.util.List;

/**
 * Events linked across time by shared key entities and topic terms.
 *
 * @param id     stable storyline id
 * @param title  generated from its most central entities and terms
 * @param events event ids, oldest first
 * @param links  why the events are linked
 */
public record Storyline(String id, String title, List<String> events, List<StoryLink> links) {
    public Storyline {
        events = List.copyOf(events);
        links = List.copyOf(links);
    }
}
