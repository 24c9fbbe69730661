package org.triangulate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the site name from a title ("Headline | Site", "Site - Headline"): parts naming the outlet or the host
 * go; when the page's h1 is one of the remaining parts it wins; otherwise a short trailing part after the last
 * separator is taken for a site suffix when the rest is a headline of several words (Readability's rule).
 */
final class TitleCleaner {
    /** Separators (and spaces) left at the end or the start of a title once a part is cut off. */
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|\\-–—·•»/:]+$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s|\\-–—·•»/:]+");

    private TitleCleaner() {
    }

    static String clean(String title, String outlet, String host, List<String> h1s) {
        title = withoutBareHost(title, host);
        List<String> parts = split(title);
        if (parts.size() < 2) return title;
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!namesSite(p, outlet, host)) kept.add(p);
        }
        if (kept.isEmpty()) return title;
        for (String h : h1s) {
            String hn = TextNormalizer.forCompare(h);
            if (hn.isEmpty()) continue;
            String joined = TextNormalizer.forCompare(String.join(" ", kept));
            if (joined.equals(hn)) return h;
            for (String p : kept) {
                if (TextNormalizer.forCompare(p).equals(hn)) return p;
            }
        }
        // a part naming the site goes even when the h1 repeats it ("Headline – Site" as the visible heading too)
        if (kept.size() < parts.size()) {
            return rejoin(title, kept);
        }
        String norm = TextNormalizer.forCompare(title);
        for (String h : h1s) {
            if (TextNormalizer.forCompare(h).equals(norm)) return title;
        }
        // no part names the site: drop a short last part after a pipe-like separator ("Headline | Section")
        String last = parts.get(parts.size() - 1);
        String rest = TRAILING_SEPARATORS.matcher(title.substring(0, title.lastIndexOf(last))).replaceAll("");
        if (words(last) <= 3 && words(rest) >= 4 && !last.matches(".*\\d.*") && hasPipeLike(title)) {
            return rest;
        }
        // or a short first part before a pipe ("The Agency | ML (Machine Learning) at Georgia Tech")
        String first = parts.get(0);
        int pipe = title.indexOf(" | ");
        if (parts.size() == 2 && pipe >= 0 && title.substring(0, pipe).strip().equals(first) && words(first) <= 3
                && words(last) >= 4 && !first.matches(".*\\d.*")) {
            return last;
        }
        return title;
    }

    /** A host name written before or after the headline with no separator ("davidbau.com Vibe Coding"). */
    private static String withoutBareHost(String title, String host) {
        if (host == null || !host.contains(".")) return title;
        String lower = title.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        String rest = title;
        if (lower.startsWith(h + " ")) rest = title.substring(h.length() + 1);
        else if (lower.endsWith(" " + h)) rest = title.substring(0, title.length() - h.length() - 1);
        // "Headline | example.com" is the separator rule's case; the rest keeps no dangling separator
        rest = TRAILING_SEPARATORS.matcher(LEADING_SEPARATORS.matcher(rest).replaceAll("")).replaceAll("");
        return rest.isEmpty() ? title : rest;
    }

    /** Only the parts naming the site removed (for an h1, which has no SEO section suffixes to guess at). */
    static String withoutSiteName(String title, String outlet, String host) {
        List<String> parts = split(title);
        if (parts.size() < 2) return title;
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!namesSite(p, outlet, host)) kept.add(p);
        }
        return kept.isEmpty() || kept.size() == parts.size() ? title : rejoin(title, kept);
    }

    /** A site name is a few words ("The Daily Example", "Example Times"); a longer part is a headline's. */
    private static final int MAX_SITE_WORDS = 5;
    private static final int MAX_SITE_CHARS = 40;

    /**
     * The part of the page's {@code <title>} beside the headline, when the rest is the headline: "Example Times"
     * in "Central bank holds rates | Example Times" (the h1 may go on: "…rates steady as inflation cools"),
     * "Example News" in "Example News - Storm floods towns". Null
     * when the title is the headline alone, or what is left is more than a site's name.
     */
    static String siteName(String rawTitle, String headline) {
        if (rawTitle == null || headline == null) return null;
        List<String> parts = split(rawTitle);
        if (parts.size() < 2) return null;
        String h = TextNormalizer.forCompare(headline);
        if (h.isEmpty()) return null;
        String last = parts.get(parts.size() - 1);
        String first = parts.get(0);
        String beforeLast = TRAILING_SEPARATORS.matcher(rawTitle.substring(0, rawTitle.lastIndexOf(last))).replaceAll("");
        String afterFirst = LEADING_SEPARATORS.matcher(rawTitle.substring(rawTitle.indexOf(first) + first.length())).replaceAll("");
        String site = isHeadline(beforeLast, h) ? last : isHeadline(afterFirst, h) ? first : null;
        if (site == null || words(site) > MAX_SITE_WORDS || site.length() > MAX_SITE_CHARS) return null;
        return Character.isLetterOrDigit(site.codePointAt(0)) ? site : null;
    }

    /** The rest of the title is the headline, or its opening words when the h1 is longer (three words at least). */
    private static boolean isHeadline(String rest, String headline) {
        String r = TextNormalizer.forCompare(rest);
        return !r.isEmpty() && (r.equals(headline) || words(r) >= 3 && headline.startsWith(r + " "));
    }

    /** Whether {@code part} names the host ("Newegg" for promotions.newegg.com). */
    static boolean namesHost(String part, String host) {
        return host != null && namesSite(part, null, host);
    }

    private static boolean hasPipeLike(String title) {
        return title.contains(" | ") || title.contains(" – ") || title.contains(" — ") || title.contains(" - ")
                || title.contains(" · ") || title.contains(" » ") || title.contains(" :: ");
    }

    private static String rejoin(String title, List<String> kept) {
        if (kept.size() == 1) return kept.get(0);
        // keep the original text between the first and last kept parts
        int start = title.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = title.lastIndexOf(lastPart) + lastPart.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : String.join(" - ", kept);
    }

    static List<String> split(String title) {
        List<String> parts = new ArrayList<>();
        Matcher m = MetadataExtractor.separator().matcher(title);
        int last = 0;
        while (m.find()) {
            // a colon inside a headline ("Review: the phone") is not a separator
            if (m.group().trim().equals(":")) continue;
            String p = title.substring(last, m.start()).trim();
            if (!p.isEmpty()) parts.add(p);
            last = m.end();
        }
        String p = title.substring(last).trim();
        if (!p.isEmpty()) parts.add(p);
        return parts;
    }

    private static boolean namesSite(String part, String outlet, String host) {
        String p = TextNormalizer.forCompare(part);
        if (p.isEmpty()) return true;
        if (outlet != null) {
            String o = TextNormalizer.forCompare(outlet);
            if (!o.isEmpty() && (p.equals(o) || p.replace(" ", "").equals(o.replace(" ", "")))) return true;
            // the outlet's name without its last word: "Thrive Internet Marketing" for "... Marketing Agency"
            // (only for a name-like outlet; some pages set og:site_name to the whole title)
            if (p.contains(" ") && o.startsWith(p + " ") && words(o) == words(p) + 1 && words(o) <= 5) return true;
        }
        if (host != null) {
            String squashed = p.replace(" ", "");
            // the host and each of its parent domains: "promotions.newegg.com" is named by "Newegg.com" too
            String h = host.toLowerCase(Locale.ROOT);
            while (h.indexOf('.') > 0) {
                String label = h.substring(0, h.lastIndexOf('.'));
                if (squashed.equals(h.replace(".", "")) || squashed.equals(label.replace(".", "").replace("-", ""))
                        || p.equals(h)) {
                    return true;
                }
                h = h.substring(h.indexOf('.') + 1);
            }
        }
        return false;
    }

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
