package org.triangulate.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a byline made into a name list: "By", "Written by" and labels go, so do trailing dates,
 * "Updated …" and reading times. What is left must look like names: labels, dates, numbers, e-mail addresses and
 * URLs are not.
 */
final class BylineText {
    private static final Pattern PREFIX = Pattern.compile(
            "(?i)^(written|posted|published|authored|story|words|text|articles|posts|recipe|article)?\\s*(by|von|par|por|di|door|author|authors|"
                    + "автор|автори|від)\\s*[:\\-–]?\\s+");
    /** A date, time or "Updated ..." tail after the name ("Jane Doe  March 3, 2024", "Jane Doe | Updated ..."). */
    private static final Pattern TAIL = Pattern.compile(
            "(?i)(^|\\s+|\\s*[|•·—–,]\\s*)((monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri"
                    + "|sat|sun),|(updated|published|posted|on|last updated)\\b|\\d{1,2}[/.]\\d{1,2}|\\d{4}-\\d{2}|"
                    + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|"
                    + "\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\d+\\s+(min|minute)s?\\b).*$");
    private static final List<String> NOT_NAMES = List.of("by", "author", "authors", "posted by", "written by",
            "follow", "follow author", "share", "view all posts", "more", "read more", "about the author");

    private BylineText() {
    }

    /** The name list in a byline text, or null when it does not look like one. */
    static String clean(String raw) {
        String s = TextNormalizer.collapse(raw);
        for (int i = 0; i < 2; i++) {
            s = PREFIX.matcher(s).replaceFirst("").trim();
        }
        s = TAIL.matcher(s).replaceFirst("").trim();
        s = s.replaceAll("[\\s,|:•·\\-–—]+$", "").trim();
        if (s.isEmpty() || s.length() > 80) return null;
        String lower = s.toLowerCase(Locale.ROOT);
        if (NOT_NAMES.contains(lower)) return null;
        String[] words = s.split("\\s+");
        if (words.length > 10) return null;
        // a name starts with a letter; handles, numbers and e-mail addresses are not bylines
        if (!Character.isLetter(s.codePointAt(0)) || s.contains("@") || s.matches(".*\\d{3,}.*")) return null;
        if (s.contains("http") || s.contains("/")) return null;
        return s;
    }

    /** A user name or handle ("kffnirmitap", "andrew.keaveney") rather than a person's name. */
    static boolean looksLikeHandle(String v) {
        String s = v.trim();
        if (s.contains(" ")) return false;
        return s.matches(".*\\d.*") || s.contains(".") || s.contains("_") || s.equals(s.toLowerCase(Locale.ROOT))
                && s.codePoints().allMatch(c -> c < 128);
    }
}
