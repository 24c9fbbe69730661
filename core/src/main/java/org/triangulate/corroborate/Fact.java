package org.triangulate.corroborate;

import java.util.List;

/**
 * A fact (figure, quote or statement) and the sources that state it.
 *
 * @param kind        figure, quote, statement
 * @param text        the fact as stated
 * @param event       the event id
 * @param articles    articles stating it
 * @param outlets     distinct outlets among them
 * @param explanation how agreement was decided
 */
public record Fact(String kind, String text, String event, List<String> articles, List<String> outlets,
                   String explanation) {
    public Fact {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
    }
}
