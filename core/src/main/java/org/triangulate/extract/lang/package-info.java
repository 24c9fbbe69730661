/**
 * Language identification for extracted articles: {@link org.triangulate.extract.lang.LanguageDetector} (OpenNLP
 * language-detection model, ISO 639-1 output, Ukrainian/Russian letter check),
 * {@link org.triangulate.extract.lang.LanguageResolver} (declared vs detected, with the reason recorded) and
 * {@link org.triangulate.extract.lang.LanguageCodes} (tags, ISO 639-2/3 codes and names to ISO 639-1).
 */
package org.triangulate.extract.lang;
