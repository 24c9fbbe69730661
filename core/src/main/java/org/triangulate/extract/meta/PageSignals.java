package org.triangulate.extract.meta;

/**
 * What a page says about itself that can place its local times in a zone. Every component may be null.
 *
 * @param url        the page URL (its host is looked up in the outlet table)
 * @param outletName the outlet the page names as its own (byline desk, membership appeal, site name)
 * @param headline   the page's title (countries named in it)
 * @param language   declared language (ISO 639-1), or null
 * @param text       the main text (for script and stop-word language hints when none is declared)
 */
public record PageSignals(String url, String outletName, String headline, String language, String text) {
}
