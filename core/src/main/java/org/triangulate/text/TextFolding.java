package org.triangulate.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching: typographic quotes, dashes and apostrophes to ASCII, diacritics removed
 * ("Zaporizhzhia" and "Zaporizhzhia" with accents match), optionally lower-cased.
 */
public final class TextFolding {
    private TextFolding() {
    }

    /** Quotes, apostrophes and dashes to their ASCII forms; diacritics stripped; case kept. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char m = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
                default -> c;
            };
            if (m > 127) {
                ascii = false;
            }
            b.append(m);
        }
        if (ascii) {
            return b.toString();
        }
        String d = Normalizer.normalize(b, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #fold(String)} and lower-cased (root locale). */
    public static String foldLower(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }
}
