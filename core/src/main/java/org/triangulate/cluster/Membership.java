package org.triangulate.cluster;

import java.util.List;

/**
 * Why an article joined its event.
 *
 * @param article        the article id
 * @param similarity     its combined similarity to the event when it joined (0 for the founding article)
 * @param nearest        the most similar article already in the event, or null for the founder
 * @param sharedTerms    top content terms it shares with the event
 * @param sharedEntities named entities it shares with the event
 * @param hoursApart     time gap in hours to the event's nearest dated article, or null when undated
 * @param reason         one-line explanation ("founded the event", "near-duplicate of a12 (J=0.91)", ...)
 */
public record Membership(String article, double similarity, String nearest, List<String> sharedTerms,
                         List<String> sharedEntities, Double hoursApart, String reason) {
    public Membership {
        sharedTerms = List.copyOf(sharedTerms);
        sharedEntities = List.copyOf(sharedEntities);
    }
}
