package org.triangulate.cluster;

import java.time.Instant;
import java.util.List;

/**
 * Articles reporting the same real-world event (or the same report of it).
 *
 * @param id          stable event id
 * @param articles    member article ids, in order of joining
 * @param members     why each article is here
 * @param topTerms    the event's most central content terms
 * @param topEntities the event's most central named entities
 * @param first       earliest known publish time of a member, or null
 * @param last        latest known publish time of a member, or null
 */
public record EventCluster(String id, List<String> articles, List<Membership> members, List<String> topTerms,
                           List<String> topEntities, Instant first, Instant last) {
    public EventCluster {
        articles = List.copyOf(articles);
        members = List.copyOf(members);
        topTerms = List.copyOf(topTerms);
        topEntities = List.copyOf(topEntities);
    }
}
