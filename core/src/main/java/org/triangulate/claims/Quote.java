package org.triangulate.claims;

import java.util.List;

/**
 * A direct quote, merged across the articles that carry it.
 *
 * @param text        the quoted words (the fullest version found), without quote marks
 * @param speaker     who said it, as named in the text (resolved to the full name when a surname refers back), or null
 * @param attribution how the article attributes it ("told Reuters", "said", "five sources familiar ..."), or null
 * @param event       the event id, or null
 * @param articles    ids of the articles that carry it
 * @param rule        the pattern that found the speaker
 */
public record Quote(String text, String speaker, String attribution, String event, List<String> articles,
                    String rule) {
    public Quote {
        articles = List.copyOf(articles);
    }
}
