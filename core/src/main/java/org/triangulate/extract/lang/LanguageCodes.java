package org.triangulate.extract.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises language codes and names to ISO 639-1: "en-US" → "en", "ukr" → "uk", "ger" → "de",
 * "English" → "en". Built from the JDK's ISO tables plus the individual-language codes the OpenNLP model uses
 * for macro-languages (pes → fa, cmn → zh, lvs → lv, ekk → et, ...).
 */
public final class LanguageCodes {
    /** ISO 639-3 individual languages and 639-2/B codes the JDK tables do not map to their 639-1 code. */
    private static final Map<String, String> EXTRA = Map.ofEntries(
            Map.entry("pes", "fa"), Map.entry("prs", "fa"), Map.entry("cmn", "zh"), Map.entry("lvs", "lv"),
            Map.entry("ekk", "et"), Map.entry("zsm", "ms"), Map.entry("plt", "mg"), Map.entry("pnb", "pa"),
            Map.entry("swh", "sw"), Map.entry("khk", "mn"), Map.entry("azj", "az"), Map.entry("uzn", "uz"),
            Map.entry("arb", "ar"), Map.entry("npi", "ne"), Map.entry("ory", "or"), Map.entry("gug", "gn"),
            Map.entry("ger", "de"), Map.entry("fre", "fr"), Map.entry("chi", "zh"), Map.entry("cze", "cs"),
            Map.entry("dut", "nl"), Map.entry("gre", "el"), Map.entry("per", "fa"), Map.entry("rum", "ro"),
            Map.entry("slo", "sk"), Map.entry("alb", "sq"), Map.entry("arm", "hy"), Map.entry("baq", "eu"),
            Map.entry("bur", "my"), Map.entry("geo", "ka"), Map.entry("ice", "is"), Map.entry("mac", "mk"),
            Map.entry("mao", "mi"), Map.entry("may", "ms"), Map.entry("tib", "bo"), Map.entry("wel", "cy"),
            // legacy 639-1 codes still seen in lang attributes
            Map.entry("iw", "he"), Map.entry("in", "id"), Map.entry("ji", "yi"), Map.entry("jw", "jv"),
            Map.entry("mo", "ro"));

    private static final java.util.regex.Pattern CODE_LIKE = java.util.regex.Pattern.compile("[a-z]{2,3}([-_].*)?");
    private final Map<String, String> byCode = new HashMap<>();
    /**
     * Language names, English and native. Built on the first name looked up: the native names load one locale
     * bundle per language, over a second at start-up, and most pages declare a code, not a name.
     */
    private Map<String, String> byName;

    public LanguageCodes() {
        for (String two : Locale.getISOLanguages()) {
            if (two.length() != 2) {
                continue;
            }
            byCode.put(two, two);
            try {
                byCode.putIfAbsent(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known for it
            }
        }
        EXTRA.forEach((k, v) -> byCode.put(k, v));
    }

    private synchronized Map<String, String> names() {
        if (byName == null) {
            Map<String, String> names = new HashMap<>();
            for (String two : Locale.getISOLanguages()) {
                if (two.length() != 2) {
                    continue;
                }
                Locale l = Locale.of(two);
                String name = l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals(two)) {
                    names.putIfAbsent(name, two);
                }
                String own = l.getDisplayLanguage(l).toLowerCase(l);
                if (!own.isEmpty() && !own.equals(two)) {
                    names.putIfAbsent(own, two);
                }
            }
            byName = names;
        }
        return byName;
    }

    /**
     * The ISO 639-1 code for a language tag, ISO 639-2/3 code or English (or native) language name; the
     * lower-cased three-letter code when it has no two-letter code; null when the value is not a language.
     */
    public String toIso6391(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        }
        String primary = v.split("[-_;,\\s]", 2)[0];
        // a tag or code ("en-GB", "ukr") needs no names; a name may also be a code ("ewe"): both give one answer
        if (CODE_LIKE.matcher(v).matches()) {
            String code = byCode.get(primary);
            if (code != null) {
                return code;
            }
        }
        String named = names().get(v);
        if (named != null) {
            return named;
        }
        String code = byCode.get(primary);
        if (code != null) {
            return code;
        }
        return primary.length() == 3 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z') ? primary : null;
    }
}
