package org.triangulate.provenance;

/**
 * Provenance of one event's coverage.
 *
 * @param event         the event id
 * @param originOutlet  the origin most of its articles cite (or the outlet of the original), or null
 * @param originArticle the article in the corpus closest to the origin (the original), or null
 * @param mostComplete  the article that carries the most of the story's passages
 * @param explanation   why
 */
public record EventProvenance(String event, String originOutlet, String originArticle, String mostComplete,
                              String explanation) {
}
