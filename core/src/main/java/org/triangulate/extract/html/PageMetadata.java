package org.triangulate.extract.html;

import java.util.Map;

/**
 * Metadata read from a page's markup, each value with its source in {@code provenance}.
 *
 * @param articleBody JSON-LD {@code articleBody} when the page ships one (a signal and fallback for the text)
 */
record PageMetadata(String title, String byline, String outlet, String url, IsoDates.ParsedDate published,
                    IsoDates.ParsedDate modified, String language, String description, String image,
                    String articleBody, Map<String, String> provenance) {
}
