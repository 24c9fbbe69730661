package org.triangulate.claims;

import java.util.List;

/**
 * A named entity with its spelling variants merged ("Dmitry Peskov" / "Dmitri Peskov").
 *
 * @param name     canonical (most frequent) spelling
 * @param variants every spelling seen, canonical first
 * @param type     PERSON, PLACE, ORGANIZATION or OTHER
 * @param articles ids of the articles that mention it
 * @param mentions total mentions
 */
public record Entity(String name, List<String> variants, String type, List<String> articles, int mentions) {
    public Entity {
        variants = List.copyOf(variants);
        articles = List.copyOf(articles);
    }
}
