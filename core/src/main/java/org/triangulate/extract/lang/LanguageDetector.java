package org.triangulate.extract.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a text with OpenNLP's language-detection model (103 languages, from
 * {@code org.apache.opennlp:opennlp-models-langdetect}), reporting ISO 639-1 codes.
 *
 * <p>The model is loaded once per instance, on first use, and shared by all calls (it is read-only; a light
 * {@link LanguageDetectorME} is made per call so the detector is thread-safe).
 *
 * <p>Confidence: the model spreads probability over all its languages, so even a clear paragraph of English
 * scores only ~0.1 in absolute terms at 100 characters while the runner-up scores ~0.02. The reported confidence
 * is therefore the best language's share of the best two, {@code p1 / (p1 + p2)}: 0.5 means a coin toss between
 * two languages, values near 1 mean the runner-up is far behind.
 *
 * <p>Ukrainian and Russian share most of their alphabet and vocabulary stems, and the model confuses them (and
 * Bulgarian, Belarusian) on short texts; when the model names a Slavic Cyrillic language, letters only one of the
 * two writes (є ї ґ for Ukrainian; ы э ъ ё without і ў for Russian) decide.
 */
public final class LanguageDetector {
    /** Resource path of the model inside the opennlp-models-langdetect jar. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";

    /**
     * Characters fed to the model. On the readability dev set answers stop changing after 200 characters (see
     * LanguageResolver); 2,500 leave a wide margin while costing ~6 ms instead of ~24 ms for 10,000.
     */
    private static final int MAX_CHARS = 2_500;

    /** Minimum of distinctive letters, and their dominance over the other language's, to decide uk vs ru. */
    private static final int MIN_DISTINCTIVE = 2;

    /** Model answers among which Ukrainian/Russian letters may decide. */
    private static final java.util.Set<String> SLAVIC_CYRILLIC = java.util.Set.of("rus", "ukr", "bel", "bul", "mkd", "srp");
    /** Letters of Cyrillic alphabets other than Russian's (Turkic, Tajik, Mongolian, Serbian/Macedonian). */
    private static final String NON_RUSSIAN_CYRILLIC = "әғқңөұүһҗҙҫҡӣӯҳӈҷђјљњћџѓќѕ";
    /** Confidence reported when the letters decided: a clear but not certain call (the model may still be unsure). */
    private static final double LETTER_EVIDENCE = 0.90;

    private final LanguageCodes codes = new LanguageCodes();
    private volatile LanguageDetectorModel model;
    /** Set once a background load has started ({@link #loadInBackground}). */
    private final java.util.concurrent.atomic.AtomicBoolean loading = new java.util.concurrent.atomic.AtomicBoolean();

    /** The detector; the model is loaded from the classpath on first use. */
    public LanguageDetector() {
    }

    /**
     * The most likely language of the text, or empty when the text holds no letters.
     *
     * @throws UncheckedIOException when the model resource is missing from the classpath
     */
    public Optional<DetectedLanguage> detect(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language[] ranked = new LanguageDetectorME(model()).predictLanguages(sample);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        double p1 = ranked[0].getConfidence();
        double p2 = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        double share = p1 + p2 > 0 ? p1 / (p1 + p2) : 0.5;
        String best = ranked[0].getLang();
        String method = "opennlp";
        if (SLAVIC_CYRILLIC.contains(best)) {
            String byLetters = ukrainianOrRussian(sample);
            if (byLetters != null) {
                best = byLetters;
                method = "opennlp + cyrillic letters";
                // letters no other Slavic Cyrillic language writes are stronger evidence than the model's
                // margin among them on a short text
                share = Math.max(share, LETTER_EVIDENCE);
            }
        }
        String code = codes.toIso6391(best);
        return Optional.of(new DetectedLanguage(code == null ? best : code, Math.min(1.0, Math.max(0.5, share)),
                method));
    }

    /**
     * "ukr" when є, ї or ґ (written only in Ukrainian) occur at least {@value #MIN_DISTINCTIVE} times and ы, э, ъ,
     * ё (never Ukrainian) do not outnumber them; "rus" when ы/э/ъ/ё occur at least that often and none of the
     * letters of Ukrainian, Belarusian (і, ў) or the Turkic Cyrillic alphabets (ә, ғ, қ, ң, ө, ұ, ү, һ, ...) does;
     * else null.
     */
    static String ukrainianOrRussian(String s) {
        int uk = 0;
        int ru = 0;
        int other = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == 'є' || c == 'ї' || c == 'ґ') {
                uk++;
            } else if (c == 'ы' || c == 'э' || c == 'ъ' || c == 'ё') {
                ru++;
            } else if (c == 'і' || c == 'ў' || NON_RUSSIAN_CYRILLIC.indexOf(c) >= 0) {
                other++;
            }
        }
        // a quoted Russian name in a Ukrainian text must not flip it, nor the reverse: ask for 3x dominance
        if (uk >= MIN_DISTINCTIVE && uk > 3 * ru) {
            return "ukr";
        }
        if (ru >= MIN_DISTINCTIVE && uk == 0 && other == 0) {
            return "rus";
        }
        return null;
    }

    /**
     * Starts loading the model on a background daemon thread (once; it takes most of a second cold), so that it
     * overlaps the extraction of the first page. A failure is left for the first {@link #detect} call to report.
     */
    public void loadInBackground() {
        if (model != null || loading.getAndSet(true)) return;
        Thread t = new Thread(() -> {
            try {
                model();
            } catch (RuntimeException e) {
                // reported by the first detect call, which loads again
            }
        }, "triangulate-language-model");
        t.setDaemon(true);
        t.start();
    }

    private LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = load();
                    model = m;
                }
            }
        }
        return m;
    }

    private static LanguageDetectorModel load() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("language model " + MODEL_RESOURCE
                        + " not on the classpath (dependency org.apache.opennlp:opennlp-models-langdetect)"));
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language model " + MODEL_RESOURCE, e);
        }
    }
}
