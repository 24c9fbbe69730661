package org.triangulate.extract.html;

import java.util.Locale;
import java.util.Map;

/** Normalises declared language tags ("en-US", "uk_UA", "eng") to ISO 639-1. */
final class Languages {
    private static final Map<String, String> THREE_LETTER = Map.ofEntries(Map.entry("eng", "en"),
            Map.entry("rus", "ru"), Map.entry("ukr", "uk"), Map.entry("deu", "de"), Map.entry("ger", "de"),
            Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("spa", "es"), Map.entry("ita", "it"),
            Map.entry("por", "pt"), Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("pol", "pl"),
            Map.entry("zho", "zh"), Map.entry("chi", "zh"), Map.entry("jpn", "ja"), Map.entry("ara", "ar"));

    private Languages() {
    }

    static String iso639_1(String tag) {
        if (tag == null) return null;
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) return null;
        String primary = t.split("[-_\\s,;]")[0];
        if (primary.length() == 2 && Character.isLetter(primary.charAt(0)) && Character.isLetter(primary.charAt(1))) {
            // "iw"/"in" are the deprecated codes for Hebrew/Indonesian
            return primary.equals("iw") ? "he" : primary.equals("in") ? "id" : primary;
        }
        return THREE_LETTER.get(primary);
    }
}
