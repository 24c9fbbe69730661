package org.triangulate.extract.lang;

import java.util.Objects;

/**
 * A language guess for a text.
 *
 * @param code       ISO 639-1 code ("uk"), or the ISO 639-3 code when the language has no 639-1 code ("ceb")
 * @param confidence the best language's share of the best two model probabilities, 0.5 to 1; see
 *                   {@link LanguageDetector} for why not the raw probability
 * @param method     how the guess was made: "opennlp", or "opennlp + cyrillic letters" when letters only one of
 *                   Ukrainian and Russian uses decided between them
 */
public record DetectedLanguage(String code, double confidence, String method) {
    public DetectedLanguage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(method, "method");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
