package org.triangulate.cluster;

import java.util.List;

/** Why two events belong to one storyline. */
public record StoryLink(String from, String to, double score, List<String> sharedEntities, List<String> sharedTerms,
                        String reason) {
    public StoryLink {
        sharedEntities = List.copyOf(sharedEntities);
        sharedTerms = List.copyOf(sharedTerms);
    }
}
