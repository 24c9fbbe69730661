package org.triangulate.corroborate;

import java.util.List;

/** One version of a fact and the articles that state it. */
public record Variant(String text, List<String> articles) {
    public Variant {
        articles = List.copyOf(articles);
    }
}
