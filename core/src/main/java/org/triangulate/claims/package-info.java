/**
 * Claims: direct quotes with speaker and attribution, figures with units, and named entities with spelling variants
 * merged. {@link org.triangulate.claims.ClaimsStage#standard()} works by documented rules (quote-mark pairing,
 * speech-verb patterns, unit patterns, capitalisation and context cues) and merges the same quote or figure across
 * the articles of an event.
 */
package org.triangulate.claims;
