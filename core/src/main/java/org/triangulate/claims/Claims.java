package org.triangulate.claims;

import java.util.List;

/** The output of the claims stage. */
public record Claims(List<Quote> quotes, List<Figure> figures, List<Entity> entities) {
    public Claims {
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
        entities = List.copyOf(entities);
    }
}
