package org.triangulate.claims;

import java.util.List;

/**
 * A number with its unit, merged across the articles that state it.
 *
 * @param value      the number as normalised ("26000", "70-80", "0.2")
 * @param unit       normalised unit ("percent", "km2", "mi2", "USD", "people", ...) or null for a bare count
 * @param text       the figure as printed in the first article ("26,000 square kilometres")
 * @param context    the words around it that say what it measures
 * @param event      the event id, or null
 * @param articles   ids of the articles that state it
 */
public record Figure(String value, String unit, String text, String context, String event, List<String> articles) {
    public Figure {
        articles = List.copyOf(articles);
    }
}
