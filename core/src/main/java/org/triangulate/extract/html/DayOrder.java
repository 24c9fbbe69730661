package org.triangulate.extract.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.triangulate.extract.meta.DateMatch;

/**
 * How a page writes slashed numeric dates that read either way ("8/1/2025": 1 August in the United States,
 * 8 January almost everywhere else), told by the page's language and region ({@code html lang}, else
 * {@code og:locale}): English with a region is month-first unless the region writes day-first (United Kingdom,
 * Ireland, Australia, New Zealand, India, South Africa...); other languages are day-first. Plain "en" says nothing
 * (British and American sites both use it). When the page does not tell, the date is not read: a guess would be
 * wrong half the time.
 */
enum DayOrder {
    MONTH_FIRST, DAY_FIRST, UNKNOWN;


    /** English-speaking regions that write the day first. */
    private static final Set<String> DAY_FIRST_ENGLISH = Set.of("gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my",
            "pk", "ng", "ke", "hk", "mt", "jm");

    static DayOrder of(Document doc) {
        if (doc == null) return UNKNOWN;
        Element html = doc.selectFirst("html[lang]");
        DayOrder order = html == null ? UNKNOWN : ofTag(html.attr("lang"));
        if (order != UNKNOWN) return order;
        // plain "en" is written by British and American sites alike: a regional locale may tell
        Element locale = doc.selectFirst("meta[property=og:locale][content], meta[http-equiv=content-language][content]");
        return locale == null ? UNKNOWN : ofTag(locale.attr("content"));
    }

    /** The order for a language tag ("en-US", "en_GB", "uk"). */
    static DayOrder ofTag(String tag) {
        if (tag == null || tag.isBlank()) return UNKNOWN;
        String[] parts = tag.trim().toLowerCase(Locale.ROOT).split("[-_]");
        if (!parts[0].equals("en")) return parts[0].matches("[a-z]{2,3}") ? DAY_FIRST : UNKNOWN;
        if (parts.length == 1) return UNKNOWN;
        return DAY_FIRST_ENGLISH.contains(parts[1]) ? DAY_FIRST : MONTH_FIRST;
    }

    /** A slashed numeric date whose day and month could be swapped ("8/1/2025"; not "20/11/2024", "5/5/2024"). */
    static boolean ambiguous(DateMatch m) {
        return m.rule().startsWith("numeric") && !m.rule().equals("numeric-mdy") && m.matched().contains("/")
                && m.day() <= 12 && m.month() <= 12 && m.day() != m.month();
    }

    private static final java.util.regex.Pattern TWELVE_HOUR = java.util.regex.Pattern.compile("(?i)\\d\\s*[ap]\\.?\\s?m\\b");

    /**
     * {@code m} (read day-first by the parser) in this order; null when the order is unknown. A 12-hour clock
     * beside the date ("10/12/2023 7:38:01 PM") is the American convention, so it reads month-first.
     */
    DateMatch read(DateMatch m) {
        DayOrder order = this == UNKNOWN && TWELVE_HOUR.matcher(m.matched()).find() ? MONTH_FIRST : this;
        return switch (order) {
            case DAY_FIRST -> m;
            case UNKNOWN -> null;
            case MONTH_FIRST -> new DateMatch(m.year(), m.day(), m.month(), m.time(), m.zone(), m.zoneText(),
                    m.matched(), "numeric-mdy", m.start(), m.end());
        };
    }
}
